package vn.dxhub.console;

import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import vn.dxhub.ops.InvalidRequestException;

/**
 * A console page asked with a filter or id it cannot use (a date that is not a date, an unknown entry) answers with the
 * console's error page, its status and the problem in the reader's language, not a server error.
 */
@ControllerAdvice(basePackageClasses = ConsoleErrors.class)
class ConsoleErrors {

    @ExceptionHandler(InvalidRequestException.class)
    ModelAndView invalidRequest(InvalidRequestException problem, Locale locale) {
        HttpStatus status = HttpStatus.valueOf(problem.status());
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        page.addObject("problem", problem.message(locale));
        return page;
    }
}
