package vn.dxhub.ops;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteConfigurationBuilder;
import org.apache.camel.model.OnExceptionDefinition;
import org.apache.camel.model.RouteConfigurationDefinition;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import vn.dxhub.health.Bilingual;

/**
 * How API routes answer bad requests: 404, 409, 503 or 400 with the parameter, its value and a bilingual message
 * (field "body" for a body that is not JSON of the endpoint's shape); 404 and 409 from the hub's services with their
 * bilingual message; 503 when the hub's database is unavailable; 500 with a bilingual message and nothing of the error's insides (the
 * log has them) for anything else.
 * {@link #ID} is for endpoints whose answers the REST binding writes as JSON; {@link #ID_WITHOUT_BINDING} for endpoints
 * without binding (an upload, whose body is a file), where the error is written as JSON here.
 */
@Component
class ApiErrorHandling extends RouteConfigurationBuilder {

    static final String ID = "api-errors";
    static final String ID_WITHOUT_BINDING = "api-errors-json";

    @Override
    public void configuration() {
        answers(routeConfiguration(ID), false);
        answers(routeConfiguration(ID_WITHOUT_BINDING), true);
    }

    private static void answers(RouteConfigurationDefinition configuration, boolean writeJson) {
        answer(configuration.onException(NotFoundException.class), 404, writeJson);
        answer(configuration.onException(ConflictException.class), 409, writeJson);
        answer(configuration.onException(UnavailableException.class), 503, writeJson);
        answer(configuration.onException(InvalidRequestException.class), 400, writeJson);
        answer(configuration.onException(com.fasterxml.jackson.core.JsonProcessingException.class), 400, writeJson, "unreadableBody");
        answer(configuration.onException(java.util.NoSuchElementException.class), 404, writeJson, "bilingual");
        answer(configuration.onException(vn.dxhub.store.QuarantineConflictException.class), 409, writeJson, "bilingual");
        answer(configuration.onException(TransientDataAccessException.class, RecoverableDataAccessException.class,
                DataAccessResourceFailureException.class), 503, writeJson, "databaseDown");
        answer(configuration.onException(Exception.class).logStackTrace(true), 500, writeJson, "internalError");
    }

    private static void answer(OnExceptionDefinition onException, int status, boolean writeJson) {
        answer(onException, status, writeJson, "errorOf");
    }

    private static void answer(OnExceptionDefinition onException, int status, boolean writeJson, String body) {
        onException.handled(true)
                .removeHeaders("*")
                .setHeader(Exchange.HTTP_RESPONSE_CODE, org.apache.camel.builder.Builder.constant(status))
                .setBody(org.apache.camel.builder.Builder.method(ApiErrorHandling.class, body));
        if (writeJson) {
            onException.marshal().json().setHeader(Exchange.CONTENT_TYPE, org.apache.camel.builder.Builder.constant("application/json"));
        }
        onException.end();
    }

    public static ApiError errorOf(Exchange exchange) {
        return exchange.getProperty(Exchange.EXCEPTION_CAUGHT, InvalidRequestException.class).toError();
    }

    /** An error from the hub's services, whose message reads "tiếng Việt / English". */
    public static ApiError bilingual(Exchange exchange) {
        Bilingual message = Bilingual.split(exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class).getMessage());
        return new ApiError(null, null, message.vi(), message.en(), null);
    }

    /** A request body that is not JSON, or not of the shape the endpoint takes (the OpenAPI document shows it). */
    public static ApiError unreadableBody(Exchange exchange) {
        return new ApiError("body", null, "Thân yêu cầu không phải JSON đúng dạng của endpoint này (xem /api/openapi)",
                "the request body is not JSON of the shape this endpoint takes (see /api/openapi)", null);
    }

    public static ApiError databaseDown(Exchange exchange) {
        return new ApiError(null, null, "Cơ sở dữ liệu của hub tạm thời không dùng được; thử lại sau",
                "the hub's database is unavailable for now; try again later", null);
    }

    public static ApiError internalError(Exchange exchange) {
        return new ApiError(null, null, "Lỗi trong hub; chi tiết ở nhật ký của hub",
                "an error in the hub; the hub's log has the details", null);
    }
}
