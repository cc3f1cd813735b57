package vn.dxhub.ops;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteConfigurationBuilder;
import org.springframework.stereotype.Component;

/** How API routes answer bad requests: 400 with the parameter, its value and a bilingual message. */
@Component
class ApiErrorHandling extends RouteConfigurationBuilder {

    static final String ID = "api-errors";

    @Override
    public void configuration() {
        routeConfiguration(ID)
                .onException(NotFoundException.class)
                .handled(true)
                .removeHeaders("*")
                .setHeader(Exchange.HTTP_RESPONSE_CODE, constant(404))
                .setBody(method(ApiErrorHandling.class, "errorOf"))
                .end()
                .onException(ConflictException.class)
                .handled(true)
                .removeHeaders("*")
                .setHeader(Exchange.HTTP_RESPONSE_CODE, constant(409))
                .setBody(method(ApiErrorHandling.class, "errorOf"))
                .end()
                .onException(InvalidRequestException.class)
                .handled(true)
                .removeHeaders("*")
                .setHeader(Exchange.HTTP_RESPONSE_CODE, constant(400))
                .setBody(method(ApiErrorHandling.class, "errorOf"));
    }

    public static InvalidRequestException.ApiError errorOf(Exchange exchange) {
        return exchange.getProperty(Exchange.EXCEPTION_CAUGHT, InvalidRequestException.class).toError();
    }
}
