package org.anhduong.shelter.web;

import org.anhduong.shelter.Facility;
import org.jspecify.annotations.Nullable;

import java.util.List;

/** The registry's list. */
public record FacilityListPage(List<Facility> facilities, @Nullable String noticeKey) {
}
