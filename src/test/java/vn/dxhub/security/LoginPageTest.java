package vn.dxhub.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dxhub.support.Browser;
import vn.dxhub.support.HubUsers;

/** The console's sign-in in a real browser: a wrong password is refused in Vietnamese, a right one signs in, English on request. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoginPageTest {

    @LocalServerPort
    int port;

    @Test
    void signsInWithTheRightPasswordOnly() {
        try (Browser browser = new Browser(port)) {
            browser.open("/login");
            browser.driver().findElement(By.id("username")).sendKeys("operator");
            browser.driver().findElement(By.id("password")).sendKeys("sai-mat-khau");
            browser.driver().findElement(By.id("sign-in")).click();
            assertThat(browser.waitFor().until(d -> d.findElement(By.id("login-error"))).getText()).isEqualTo("Sai tên đăng nhập hoặc mật khẩu");
            browser.screenshot("login-refused");

            browser.signIn(HubUsers.OPERATOR);
            browser.open("/login?lang=en");
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Sign in to DX Hub");
            assertThat(browser.driver().findElement(By.id("signed-in-as")).getText()).isEqualTo("operator");
        }
    }
}
