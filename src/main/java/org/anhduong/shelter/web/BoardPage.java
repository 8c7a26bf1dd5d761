package org.anhduong.shelter.web;

import org.anhduong.shelter.Occupancy;

import java.util.List;

/** The occupancy board: one line per facility the user may see. */
public record BoardPage(List<Occupancy> lines, String today) {
}
