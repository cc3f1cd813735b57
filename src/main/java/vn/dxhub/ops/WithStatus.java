package vn.dxhub.ops;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** An API answer that chooses its own HTTP status (a refused correction is 422, work started in the background 202). */
interface WithStatus {

    @JsonIgnore
    int httpStatus();
}
