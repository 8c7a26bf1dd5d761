package org.anhduong.geography.web;

/** The view model of the administrative units page: the search and the import form. */
public record LocalitiesPage(SearchView search, ImportView importing) {
}
