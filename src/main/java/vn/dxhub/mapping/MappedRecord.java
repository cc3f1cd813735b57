package vn.dxhub.mapping;

import java.util.List;
import vn.dxhub.observation.Observation;
import vn.dxhub.validation.Problem;

/** One source record after mapping: an observation, or the problems that stopped it, with the record as received. */
public record MappedRecord(Observation observation, List<Problem> problems, String fragment, String locator) {

    public boolean isMapped() {
        return observation != null;
    }
}
