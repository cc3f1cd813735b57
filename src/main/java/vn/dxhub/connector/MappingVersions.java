package vn.dxhub.connector;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.dxhub.lint.LintException;
import vn.dxhub.mapping.Mapping;
import vn.dxhub.mapping.MappingLoader;

/**
 * Mapping files are read again at each run, so an edit takes effect without a restart; an edit with
 * mistakes is refused with its problems logged, and the last good version of the file keeps running.
 */
@Component
class MappingVersions {

    private static final Logger log = LoggerFactory.getLogger(MappingVersions.class);

    private final MappingLoader loader;
    private final Map<String, Mapping> lastGood = new ConcurrentHashMap<>();

    MappingVersions(MappingLoader loader) {
        this.loader = loader;
    }

    Mapping current(String file) {
        try {
            Mapping mapping = loader.load(file);
            lastGood.put(file, mapping);
            return mapping;
        } catch (LintException e) {
            Mapping previous = lastGood.get(file);
            if (previous == null) {
                throw e;
            }
            log.error("{}; dùng bản hợp lệ trước đó / keeping the last good version", e.getMessage());
            return previous;
        }
    }
}
