package vn.dxhub.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Every setting of the hub, declared once with its default. The descriptions in the Javadoc end up in
 * the generated configuration metadata, and {@code SettingsDocumentationTest} fails on an undocumented one.
 */
@Validated
@ConfigurationProperties(prefix = "hub")
public class HubProperties {

    /** How the hub runs: quickstart (H2 + simulators), postgres (PostgreSQL + simulators) or prod (PostgreSQL, no simulators, every secret required). */
    @NotNull
    private Mode mode = Mode.QUICKSTART;

    /** Folder holding the reference data edited by IT units: catalog/, calendar.yaml, schema/. */
    @NotNull
    private Path mappingsDir = Path.of("mappings");

    /** Folder of connector instances (Camel YAML DSL) loaded at start-up. */
    @NotNull
    private Path routesDir = Path.of("routes");

    @Valid
    private final Database database = new Database();

    @Valid
    private final Simulators simulators = new Simulators();

    @Valid
    private final Connectors connectors = new Connectors();

    @Valid
    private final Ndxp ndxp = new Ndxp();

    @Valid
    private final SpreadsheetFiles files = new SpreadsheetFiles();

    /** Databases the sql connector may query, by name; "hub" is always the hub's own database. */
    private final java.util.Map<String, @Valid SqlSource> sqlSources = new java.util.LinkedHashMap<>();

    public static class SqlSource {

        /** JDBC URL of the source database (PostgreSQL, or any JDBC source whose driver is on the class path). */
        @NotBlank
        private String url;

        /** User of the source database. */
        private String username;

        /** Password, from the environment (HUB_SQL_SOURCES_<NAME>_PASSWORD), never written in a file. */
        private String password;

        /** How long a query waits for a connection to the source database before the attempt counts as failed (and is retried). */
        @NotNull
        private Duration connectionTimeout = Duration.ofSeconds(10);

        public String getUrl() { return url; }
        public void setUrl(String url) { this.url = url; }
        public String getUsername() { return username; }
        public void setUsername(String username) { this.username = username; }
        public String getPassword() { return password; }
        public void setPassword(String password) { this.password = password; }
        public Duration getConnectionTimeout() { return connectionTimeout; }
        public void setConnectionTimeout(Duration connectionTimeout) { this.connectionTimeout = connectionTimeout; }
    }

    public static class Connectors {

        /** Runs of one source system (lgsp, dvc, ...) that may go on at once; a slow system only fills its own threads. */
        @Min(1)
        @Max(64)
        private int threadsPerSource = 4;

        /** How long a run's lease on its connector lasts without renewal; a crashed instance's runs can resume after it. */
        @NotNull
        private Duration lease = Duration.ofMinutes(10);

        public int getThreadsPerSource() { return threadsPerSource; }
        public void setThreadsPerSource(int threadsPerSource) { this.threadsPerSource = threadsPerSource; }
        public Duration getLease() { return lease; }
        public void setLease(Duration lease) { this.lease = lease; }
    }

    /** How calls through the NDXP exchange name their systems; the same for every connector and for the exchange simulator. */
    public static class Ndxp {

        /** Header naming the calling system (the hub) on every request of a connector that goes through NDXP. */
        @NotBlank
        private String callingSystemHeader = "X-NDXP-Calling-System";

        /** Header naming the providing system the exchange forwards the request to. */
        @NotBlank
        private String providingSystemHeader = "X-NDXP-Providing-System";

        /** Header in which the exchange returns the id of the transaction it logged; the hub quotes it in its error messages. */
        @NotBlank
        private String transactionIdHeader = "X-NDXP-Transaction-Id";

        /** Header the exchange sets, with its error code, on a refusal of its own (not the providing system's answer). */
        @NotBlank
        private String errorHeader = "X-NDXP-Error";

        public String getCallingSystemHeader() { return callingSystemHeader; }
        public void setCallingSystemHeader(String callingSystemHeader) { this.callingSystemHeader = callingSystemHeader; }
        public String getProvidingSystemHeader() { return providingSystemHeader; }
        public void setProvidingSystemHeader(String providingSystemHeader) { this.providingSystemHeader = providingSystemHeader; }
        public String getTransactionIdHeader() { return transactionIdHeader; }
        public void setTransactionIdHeader(String transactionIdHeader) { this.transactionIdHeader = transactionIdHeader; }
        public String getErrorHeader() { return errorHeader; }
        public void setErrorHeader(String errorHeader) { this.errorHeader = errorHeader; }
    }

    /** Limits on spreadsheets the hub reads (file-drop folders, uploads, any table mapping), against oversized and hostile files. */
    public static class SpreadsheetFiles {

        /** Largest spreadsheet file (XLSX, XLS, CSV) the hub reads; a larger one is refused with a clear message. */
        @NotNull
        private org.springframework.util.unit.DataSize maxFileSize = org.springframework.util.unit.DataSize.ofMegabytes(10);

        /** Most rows over all sheets of one spreadsheet; a file with more is refused. */
        @Min(1)
        private int maxRows = 20_000;

        /** Zip-bomb guard of Apache POI: smallest ratio of compressed to inflated size of an entry of an XLSX file. */
        @jakarta.validation.constraints.DecimalMin("0.0")
        @jakarta.validation.constraints.DecimalMax("1.0")
        private double minInflateRatio = 0.01;

        /** Zip-bomb guard of Apache POI: largest inflated size of one entry of an XLSX file. */
        @NotNull
        private org.springframework.util.unit.DataSize maxEntrySize = org.springframework.util.unit.DataSize.ofMegabytes(50);

        public org.springframework.util.unit.DataSize getMaxFileSize() { return maxFileSize; }
        public void setMaxFileSize(org.springframework.util.unit.DataSize maxFileSize) { this.maxFileSize = maxFileSize; }
        public int getMaxRows() { return maxRows; }
        public void setMaxRows(int maxRows) { this.maxRows = maxRows; }
        public double getMinInflateRatio() { return minInflateRatio; }
        public void setMinInflateRatio(double minInflateRatio) { this.minInflateRatio = minInflateRatio; }
        public org.springframework.util.unit.DataSize getMaxEntrySize() { return maxEntrySize; }
        public void setMaxEntrySize(org.springframework.util.unit.DataSize maxEntrySize) { this.maxEntrySize = maxEntrySize; }
    }

    public enum Mode { QUICKSTART, POSTGRES, PROD }

    public static class Database {

        /** JDBC URL of the hub database (HUB_DB_URL). The quick start uses an H2 file database under ./data. */
        @NotBlank(message = "chưa đặt HUB_DB_URL (URL JDBC của cơ sở dữ liệu) / HUB_DB_URL (JDBC URL of the database) is not set")
        private String url = "jdbc:h2:file:./data/dxhub;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE";

        /** Database user (HUB_DB_USER). */
        private String username = "sa";

        /** Database password (HUB_DB_PASSWORD); referenced from the environment, never written in a file. */
        private String password = "";

        /** Largest number of pooled database connections. */
        @Min(2)
        @Max(200)
        private int maxPoolSize = 10;

        /** How long a caller waits for a pooled connection before failing. */
        @NotNull
        private Duration connectionTimeout = Duration.ofSeconds(10);

        public String getUrl() { return url; }
        public void setUrl(String url) { this.url = url; }
        public String getUsername() { return username; }
        public void setUsername(String username) { this.username = username; }
        public String getPassword() { return password; }
        public void setPassword(String password) { this.password = password; }
        public int getMaxPoolSize() { return maxPoolSize; }
        public void setMaxPoolSize(int maxPoolSize) { this.maxPoolSize = maxPoolSize; }
        public Duration getConnectionTimeout() { return connectionTimeout; }
        public void setConnectionTimeout(Duration connectionTimeout) { this.connectionTimeout = connectionTimeout; }

        boolean isPostgres() {
            return url != null && url.startsWith("jdbc:postgresql:");
        }
    }

    public static class Simulators {

        /** Serve the simulators of the external systems (LGSP, DVC, reporting system, FHIR, NDXP, ...) inside the hub. Never on in prod. */
        private boolean enabled = true;

        /** Share (0..1) of records the simulators make invalid from start-up, and of records the national system simulator rejects, so the quick start shows quarantine and rejections at work. */
        @jakarta.validation.constraints.DecimalMin("0.0")
        @jakarta.validation.constraints.DecimalMax("1.0")
        private double badRecordRate = 0.02;

        /** How long the TIMEOUT fault of a simulator holds an answer, in milliseconds. */
        @Min(0)
        private long timeoutFaultMs = 65_000;

        @Valid
        private final Lgsp lgsp = new Lgsp();

        @Valid
        private final Dvc dvc = new Dvc();

        @Valid
        private final ReportingSystem reportingSystem = new ReportingSystem();

        @Valid
        private final NdxpExchange ndxp = new NdxpExchange();

        @Valid
        private final National national = new National();

        public static class National {

            /** Client id the national system simulator accepts (the quick start's hub.national.client-id). */
            @NotBlank
            private String clientId = "dxhub";

            /** Client secret the national system simulator accepts; quick-start settings reference it as NATIONAL_SANDBOX_CLIENT_SECRET. */
            @NotBlank
            private String clientSecret = "sandbox-national-secret";

            /** Lifetime of tokens the national system simulator issues, in seconds. */
            @Min(1)
            private long tokenTtlSeconds = 300;

            /** Most records the national system simulator takes in one batch; a larger batch is refused with 413. */
            @Min(1)
            private int maxBatchSize = 1000;

            public String getClientId() { return clientId; }
            public void setClientId(String clientId) { this.clientId = clientId; }
            public String getClientSecret() { return clientSecret; }
            public void setClientSecret(String clientSecret) { this.clientSecret = clientSecret; }
            public long getTokenTtlSeconds() { return tokenTtlSeconds; }
            public void setTokenTtlSeconds(long tokenTtlSeconds) { this.tokenTtlSeconds = tokenTtlSeconds; }
            public int getMaxBatchSize() { return maxBatchSize; }
            public void setMaxBatchSize(int maxBatchSize) { this.maxBatchSize = maxBatchSize; }
        }

        public static class ReportingSystem {

            /** API key the reporting system simulator accepts (header X-API-Key). */
            @NotBlank
            private String apiKey = "sandbox-bao-cao-key";

            public String getApiKey() { return apiKey; }
            public void setApiKey(String apiKey) { this.apiKey = apiKey; }
        }

        @Valid
        private final Fhir fhir = new Fhir();

        public static class Fhir {

            /** Bearer token the FHIR server simulator accepts (Authorization: Bearer ...). */
            @NotBlank
            private String bearerToken = "sandbox-fhir-token";

            public String getBearerToken() { return bearerToken; }
            public void setBearerToken(String bearerToken) { this.bearerToken = bearerToken; }
        }

        public static class Lgsp {

            /** Client secret the LGSP gateway simulator accepts for every client dxhub-{province}. */
            @NotBlank
            private String clientSecret = "sandbox-secret";

            /** Lifetime of tokens the LGSP simulator issues, in seconds. */
            @Min(1)
            private long tokenTtlSeconds = 300;

            public String getClientSecret() { return clientSecret; }
            public void setClientSecret(String clientSecret) { this.clientSecret = clientSecret; }
            public long getTokenTtlSeconds() { return tokenTtlSeconds; }
            public void setTokenTtlSeconds(long tokenTtlSeconds) { this.tokenTtlSeconds = tokenTtlSeconds; }
        }

        public static class Dvc {

            /** API key the DVC portal simulator accepts. */
            @NotBlank
            private String apiKey = "sandbox-dvc-key";

            /** Dossiers the DVC simulator serves per province and quarter (a request may ask for more with tongSo). */
            @Min(0)
            private long dossiersPerProvince = 2000;

            /** Online public services each province offers in the DVC simulator. */
            @Min(1)
            private int onlineServices = 400;

            public String getApiKey() { return apiKey; }
            public void setApiKey(String apiKey) { this.apiKey = apiKey; }
            public long getDossiersPerProvince() { return dossiersPerProvince; }
            public void setDossiersPerProvince(long dossiersPerProvince) { this.dossiersPerProvince = dossiersPerProvince; }
            public int getOnlineServices() { return onlineServices; }
            public void setOnlineServices(int onlineServices) { this.onlineServices = onlineServices; }
        }

        public static class NdxpExchange {

            /** Port of the NDXP exchange simulator's HTTPS connector (mutual TLS); 0 = a free port, published as local.ndxp.port. */
            @Min(0)
            @Max(65535)
            private int port = 0;

            /** Folder of the sandbox PKI: CA, the exchange's server certificate and the hub's client certificate as PKCS#12 files; created at start, reused when valid. */
            @NotNull
            private Path pkiDir = Path.of("data", "sandbox-pki");

            /** Password of the sandbox PKI's PKCS#12 files; quick-start routes reference it as {{NDXP_SANDBOX_KEYSTORE_PASSWORD}}. */
            @NotBlank
            private String keystorePassword = "sandbox-pki";

            /** Calling-system id of the hub on the exchange simulator: the CN of the sandbox client certificate. */
            @NotBlank
            private String callingSystem = "dxhub";

            /** Providing systems the exchange simulator knows: id -> the simulator path it forwards to. Add LGSP gateways as lgsp-{province}: /sandbox/lgsp/{province}. */
            private final java.util.Map<String, String> providingSystems = new java.util.LinkedHashMap<>(java.util.Map.of(
                    "lgsp-01", "/sandbox/lgsp/01", "lgsp-79", "/sandbox/lgsp/79", "lgsp-08", "/sandbox/lgsp/08",
                    "dvc-qg", "/sandbox/dvc", "bao-cao", "/sandbox/bao-cao", "fhir", "/sandbox/fhir", "national", "/sandbox/national"));

            public int getPort() { return port; }
            public void setPort(int port) { this.port = port; }
            public Path getPkiDir() { return pkiDir; }
            public void setPkiDir(Path pkiDir) { this.pkiDir = pkiDir; }
            public String getKeystorePassword() { return keystorePassword; }
            public void setKeystorePassword(String keystorePassword) { this.keystorePassword = keystorePassword; }
            public String getCallingSystem() { return callingSystem; }
            public void setCallingSystem(String callingSystem) { this.callingSystem = callingSystem; }
            public java.util.Map<String, String> getProvidingSystems() { return providingSystems; }
        }

        public boolean isEnabled() { return enabled; }
        public void setEnabled(boolean enabled) { this.enabled = enabled; }
        public double getBadRecordRate() { return badRecordRate; }
        public void setBadRecordRate(double badRecordRate) { this.badRecordRate = badRecordRate; }
        public long getTimeoutFaultMs() { return timeoutFaultMs; }
        public void setTimeoutFaultMs(long timeoutFaultMs) { this.timeoutFaultMs = timeoutFaultMs; }
        public Lgsp getLgsp() { return lgsp; }
        public Dvc getDvc() { return dvc; }
        public ReportingSystem getReportingSystem() { return reportingSystem; }
        public NdxpExchange getNdxp() { return ndxp; }
        public National getNational() { return national; }
        public Fhir getFhir() { return fhir; }
    }

    @AssertTrue(message = "chế độ prod cần PostgreSQL: đặt HUB_DB_URL=jdbc:postgresql://... / prod mode needs PostgreSQL: set HUB_DB_URL=jdbc:postgresql://...")
    boolean isProductionDatabasePostgres() {
        return mode != Mode.PROD || database.isPostgres();
    }

    @AssertTrue(message = "chế độ prod cần HUB_DB_USER và HUB_DB_PASSWORD / prod mode needs HUB_DB_USER and HUB_DB_PASSWORD")
    boolean isProductionDatabaseCredentialsSet() {
        return mode != Mode.PROD || (notBlank(database.username) && notBlank(database.password));
    }

    @AssertTrue(message = "chế độ prod không chạy trình giả lập: đặt hub.simulators.enabled=false / prod mode never runs the simulators")
    boolean isProductionWithoutSimulators() {
        return mode != Mode.PROD || !simulators.enabled;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    public Mode getMode() { return mode; }
    public void setMode(Mode mode) { this.mode = mode; }
    public Path getMappingsDir() { return mappingsDir; }
    public void setMappingsDir(Path mappingsDir) { this.mappingsDir = mappingsDir; }
    public Path getRoutesDir() { return routesDir; }
    public void setRoutesDir(Path routesDir) { this.routesDir = routesDir; }
    public Database getDatabase() { return database; }
    public Simulators getSimulators() { return simulators; }
    public Connectors getConnectors() { return connectors; }
    public Ndxp getNdxp() { return ndxp; }
    public SpreadsheetFiles getFiles() { return files; }
    public java.util.Map<String, SqlSource> getSqlSources() { return sqlSources; }
}
