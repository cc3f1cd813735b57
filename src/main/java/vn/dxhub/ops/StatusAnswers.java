package vn.dxhub.ops;

import org.apache.camel.Exchange;

/** Routes of an area whose answers may choose their HTTP status ({@link WithStatus}). */
abstract class StatusAnswers extends ApiRouteBuilder {

    /** As {@link #answer}; an answer that is {@link WithStatus} sets the status it names. */
    protected void answerWithOwnStatus(String endpointId, String bean, String method) {
        from("direct:" + endpointId).routeId(endpointId + "-route").routeConfigurationId(ApiErrorHandling.ID)
                .to("bean:" + bean + "?method=" + method)
                .removeHeaders("*")
                .setHeader(Exchange.HTTP_RESPONSE_CODE, method(StatusAnswers.class, "statusOf"));
    }

    public static int statusOf(Object body) {
        return body instanceof WithStatus answer ? answer.httpStatus() : 200;
    }
}
