package vn.dxhub.connector.sql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.dxhub.catalog.Period;
import vn.dxhub.catalog.PeriodWindow;
import vn.dxhub.catalog.ReportingCalendar;
import vn.dxhub.connector.ConnectorInstance;
import vn.dxhub.connector.ConnectorKind;
import vn.dxhub.connector.ConnectorRun;
import vn.dxhub.connector.ParameterSpec;
import vn.dxhub.connector.SourceException;
import vn.dxhub.connector.SourcePuller;
import vn.dxhub.connector.TransientRetries;

/**
 * sql: a query with bind parameters against a named database. Rows are read as a stream and handed on
 * in batches, each batch archived as a JSON array of rows (column name to value) and mapped record by
 * record like any other page. The query only ever receives values as bind parameters. A database that is
 * down or a query that times out is retried with backoff; the batches already stored are stored again
 * unchanged, so a retry never duplicates anything.
 */
@Component
class SqlPuller implements SourcePuller {

    static final ConnectorKind KIND = ConnectorKind.of("sql", "Truy vấn SQL",
            "A query with bind parameters against a database (the hub's own, or one declared under hub.sql-sources)", "sql", List.of(
                    ParameterSpec.optional("dataSource", ParameterSpec.Type.TEXT, SqlDataSources.HUB, "Nguồn dữ liệu",
                            "Name of the database: hub, or a name declared under hub.sql-sources.<name> (url, username, password)."),
                    ParameterSpec.required("query", ParameterSpec.Type.TEXT, "Câu truy vấn",
                            "SQL with named bind parameters only: :period (2025Q3), :year, :quarter, :periodFrom and :periodTo (dates), :unit."),
                    ParameterSpec.optional("unit", ParameterSpec.Type.TEXT, "", "Đơn vị", "Value of :unit, when the query uses it."),
                    ParameterSpec.optional("queryTimeout", ParameterSpec.Type.DURATION, "60s", "Thời gian chờ truy vấn",
                            "How long the query may run before it is cancelled and counts as a transient failure."),
                    ParameterSpec.optional("batchSize", ParameterSpec.Type.INTEGER, "500", "Số dòng mỗi lô",
                            "Rows archived and mapped together; the rows of a query are never all held at once.")));

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SqlDataSources dataSources;
    private final ReportingCalendar calendar;

    SqlPuller(SqlDataSources dataSources, ReportingCalendar calendar) {
        this.dataSources = dataSources;
        this.calendar = calendar;
    }

    @Override
    public ConnectorKind kind() {
        return KIND;
    }

    @Override
    public void pull(ConnectorInstance c, Period period, ConnectorRun run) {
        PeriodWindow window = calendar.windowOf(period);
        MapSqlParameterSource params = new MapSqlParameterSource(Map.of(
                "period", period.id(), "year", period.year(), "quarter", period.index(),
                "periodFrom", java.sql.Date.valueOf(window.from()), "periodTo", java.sql.Date.valueOf(window.to()), "unit", c.text("unit")));
        JdbcTemplate jdbc = new JdbcTemplate(dataSources.named(c.text("dataSource")));
        jdbc.setFetchSize(c.integer("batchSize"));
        jdbc.setQueryTimeout(Math.toIntExact(Math.max(1, c.duration("queryTimeout").toSeconds())));
        TransientRetries.of(c).execute(attempt -> {
            Batches batches = new Batches(run, c, period, c.integer("batchSize"));
            query(c, new NamedParameterJdbcTemplate(jdbc), params, batches, attempt.getRetryCount() + 1);
            batches.flush();
            return null;
        });
    }

    private static void query(ConnectorInstance c, NamedParameterJdbcTemplate jdbc, MapSqlParameterSource params, Batches batches, int attempt) {
        String where = " (lần thử / attempt " + attempt + "/" + c.integer("maxAttempts") + ")";
        try {
            jdbc.query(c.text("query"), params, batches::add);
        } catch (HubStoreFailed e) {
            throw e.getCause();
        } catch (TransientDataAccessException | RecoverableDataAccessException | DataAccessResourceFailureException e) {
            throw SourceException.transientError(c.id() + ": cơ sở dữ liệu nguồn tạm thời không dùng được / the source database is unavailable: "
                    + e.getMostSpecificCause().getMessage() + where, 0, null, e);
        } catch (DataAccessException e) {
            throw SourceException.permanent(c.id() + ": câu truy vấn lỗi, kiểm tra tham số query / the query failed: "
                    + e.getMostSpecificCause().getMessage(), 0, e);
        }
    }

    /**
     * A failure of the hub's own database while a batch is stored inside the query's row loop: carried out of the loop
     * apart, so it is not taken for a failure of the source database.
     */
    private static final class HubStoreFailed extends RuntimeException {
        HubStoreFailed(DataAccessException cause) {
            super(cause);
        }

        @Override
        public synchronized DataAccessException getCause() {
            return (DataAccessException) super.getCause();
        }
    }

    /** Rows gathered into JSON arrays of at most batchSize rows, each handed to the run as one page. */
    private static final class Batches {
        private final ConnectorRun run;
        private final String where;
        private final int size;
        private ArrayNode rows = JsonNodeFactory.instance.arrayNode();
        private int first = 1;

        Batches(ConnectorRun run, ConnectorInstance c, Period period, int size) {
            this.run = run;
            this.where = "sql:" + c.text("dataSource") + " " + period.id();
            this.size = size;
        }

        void add(ResultSet rs) throws SQLException {
            ResultSetMetaData meta = rs.getMetaData();
            ObjectNode row = rows.addObject();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                Object value = rs.getObject(i);
                String column = meta.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT);
                if (value == null) {
                    row.putNull(column);
                } else if (value instanceof Number n) {
                    row.put(column, new BigDecimal(n.toString()));
                } else {
                    row.put(column, value.toString());
                }
            }
            if (rows.size() >= size) {
                flush();
            }
        }

        void flush() {
            if (rows.isEmpty()) {
                return;
            }
            byte[] body;
            try {
                body = JSON.writeValueAsBytes(rows);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("rows of plain values always serialise", e);
            }
            JsonNode parsed = rows;
            try {
                run.page(body, parsed, "application/json", where + " rows " + first + "-" + (first + rows.size() - 1));
            } catch (DataAccessException e) {
                throw new HubStoreFailed(e);
            }
            first += rows.size();
            rows = JsonNodeFactory.instance.arrayNode();
        }
    }
}
