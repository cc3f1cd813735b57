package vn.dxhub.ops;

import org.apache.camel.Exchange;
import org.apache.camel.model.rest.RestDefinition;
import org.apache.camel.model.rest.RestParamType;

/** Routes of the operations areas: paged lists, and answers that may choose their HTTP status ({@link WithStatus}). */
abstract class OpsRouteBuilder extends ApiRouteBuilder {

    /** The paging parameters of a list endpoint ({@link Paging}) and its answer to a bad filter or page. */
    protected static RestDefinition paged(RestDefinition list) {
        return list
                .param().name("offset").type(RestParamType.query).required(false).description("mặc định 0 / default 0").endParam()
                .param().name("limit").type(RestParamType.query).required(false)
                    .description("mặc định " + Paging.DEFAULT_LIMIT + ", tối đa " + Paging.MAX_LIMIT + " / default "
                            + Paging.DEFAULT_LIMIT + ", at most " + Paging.MAX_LIMIT).endParam()
                .responseMessage().code(400).message("bộ lọc hoặc trang sai, nêu tham số / a bad filter or page, named").endResponseMessage()
                .outType(Paging.Page.class);
    }

    /** As {@link #answer}; an answer that is {@link WithStatus} sets the status it names. */
    protected void answerWithOwnStatus(String endpointId, String bean, String method) {
        from("direct:" + endpointId).routeId(endpointId + "-route").routeConfigurationId(ApiErrorHandling.ID)
                .to("bean:" + bean + "?method=" + method)
                .removeHeaders("*")
                .setHeader(Exchange.HTTP_RESPONSE_CODE, method(OpsRouteBuilder.class, "statusOf"));
    }

    public static int statusOf(Object body) {
        return body instanceof WithStatus answer ? answer.httpStatus() : 200;
    }
}
