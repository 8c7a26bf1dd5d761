package org.anhduong.shelter;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.anhduong.hotline.Sex;

import java.time.LocalDate;
import java.util.Map;

/**
 * Children in residential care on one day, aggregate only, by sex (every sex present, zero when none).
 *
 * @param children            children staying in residential care on {@code on}
 * @param traffickedChildren  those of them placed as trafficked returnees
 */
public record CareFigures(LocalDate on, Map<Sex, Long> children, Map<Sex, Long> traffickedChildren) {

    public CareFigures {
        children = Map.copyOf(children);
        traffickedChildren = Map.copyOf(traffickedChildren);
    }

    @JsonProperty("totalChildren")
    public long totalChildren() {
        return children.values().stream().mapToLong(Long::longValue).sum();
    }

    @JsonProperty("totalTrafficked")
    public long totalTrafficked() {
        return traffickedChildren.values().stream().mapToLong(Long::longValue).sum();
    }
}
