package vn.dxhub.ops;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * What every API area's routes share. An area declares its endpoints with {@code rest(...)} (each endpoint with an id,
 * a bilingual description, its parameters, response messages and out type, so the OpenAPI document says all of it)
 * and routes each endpoint to a bean with {@link #answer} or {@link #answerWithStatus}. The REST configuration itself
 * is in {@link ApiRoutes}.
 */
abstract class ApiRouteBuilder extends RouteBuilder {

    /** The route behind one endpoint: the bean answers; request headers are not echoed back to the caller. */
    protected void answer(String endpointId, String bean, String method) {
        from("direct:" + endpointId).routeId(endpointId + "-route").routeConfigurationId(ApiErrorHandling.ID)
                .to("bean:" + bean + "?method=" + method)
                .removeHeaders("*");
    }

    /** As {@link #answer}, with another status than 200 (202 for work started, 201 for something made). */
    protected void answerWithStatus(String endpointId, String bean, String method, int status) {
        from("direct:" + endpointId).routeId(endpointId + "-route").routeConfigurationId(ApiErrorHandling.ID)
                .to("bean:" + bean + "?method=" + method)
                .removeHeaders("*")
                .setHeader(Exchange.HTTP_RESPONSE_CODE, constant(status));
    }
}
