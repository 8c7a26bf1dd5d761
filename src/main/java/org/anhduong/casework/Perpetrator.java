package org.anhduong.casework;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** A stored perpetrator, its details as kept (unknowns filled in); the details are at the top level in JSON. */
public record Perpetrator(long id, @JsonUnwrapped PerpetratorDetails details) {
}
