package org.anhduong.identity.web;

import java.util.List;

/** View model of the home page. */
public record HomePage(String fullName, String organisation, List<String> roles) {
}
