package org.anhduong.shelter.web;

import org.anhduong.shelter.Occupancy;
import org.jspecify.annotations.Nullable;

import java.util.List;

/** The board. */
public record BoardPage(List<Occupancy> lines, String today) {
}
