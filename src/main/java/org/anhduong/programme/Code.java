package org.anhduong.programme;

/**
 * One entry of an extendable list.
 *
 * @param code   upper-case letters, digits and underscores, unique in its list; what records store
 * @param active inactive codes stay on the records that have them but are no longer offered
 * @param seeded shipped with the application (cannot be renamed away from their meaning)
 */
public record Code(CodeList list, String code, String nameVi, String nameEn, boolean active, boolean seeded) {

    /** The name in the language of the screen: English for "en", Vietnamese otherwise. */
    public String name(String language) {
        return "en".equals(language) ? nameEn : nameVi;
    }
}
