package org.anhduong.casework.web;

import org.jspecify.annotations.Nullable;

import java.util.List;

/** The acts of domestic violence checked on an incident's page, with the incident's version as read. */
public record IncidentActsForm(@Nullable Integer version, @Nullable List<String> acts) {
}
