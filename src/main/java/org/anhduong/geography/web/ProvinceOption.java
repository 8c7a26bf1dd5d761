package org.anhduong.geography.web;

/** One option of the province filter. */
public record ProvinceOption(String code, String name, boolean selected) {
}
