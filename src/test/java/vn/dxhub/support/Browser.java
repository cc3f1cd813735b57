package vn.dxhub.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven through Debian's chromedriver (apt-get install chromium chromium-driver; .ci/run
 * installs them). Nothing is downloaded: the browser and driver paths are fixed, overridable by the system properties
 * or environment variables CHROMIUM_BIN and CHROMEDRIVER_BIN. Screenshots go to target/screenshots.
 */
public final class Browser implements AutoCloseable {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final String base;

    public Browser(int port) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(setting("CHROMIUM_BIN", "/usr/bin/chromium"));
        // as root in a container, without a GPU, and with no outside network (background calls would be refused noisily)
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,1000", "--lang=vi");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(setting("CHROMEDRIVER_BIN", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        base = "http://localhost:" + port;
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a path of the hub. */
    public void open(String path) {
        driver.get(base + path);
    }

    /** Signs in through the login form and waits for the page after it. */
    public void signIn(HubUsers user) {
        open("/login");
        driver.findElement(By.id("username")).sendKeys(user.name);
        driver.findElement(By.id("password")).sendKeys(user.password);
        driver.findElement(By.id("sign-in")).click();
        waitFor().until(d -> !d.getCurrentUrl().contains("/login"));
    }

    /**
     * Waits up to 15 seconds for a condition of the page. An element htmx replaced while the condition read it is read
     * again on the next try, not a failure.
     */
    public WebDriverWait waitFor() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** Saves what the browser shows as target/screenshots/{name}.png and returns the file. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static String setting(String name, String fallback) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? fallback : value;
    }
}
