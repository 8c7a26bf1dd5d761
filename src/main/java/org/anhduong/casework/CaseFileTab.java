package org.anhduong.casework;

/**
 * One tab of the case file. The tab bar lists the beans of this type by {@link #order()}: a section joins the case file
 * by declaring a bean and serving {@code /cases/{id}/<path>} with a template that wraps its content in
 * {@code @template.casework.file(ui, header, content)}, the header coming from {@link CaseFileFrame}. Other modules
 * (referral, shelter) add their sections to the case file this way. A section that does not exist yet has no tab.
 */
public interface CaseFileTab {

    int order();

    /** The tab's path under the case, "" for the summary. */
    String path();

    String labelKey();

    /** Whether the case has this section (e.g. trafficking only for trafficking cases); every case by default. */
    default boolean shownFor(CaseRecord found) {
        return true;
    }

    /** A tab of the case file, for {@code @Bean} methods. */
    static CaseFileTab of(int order, String path, String labelKey) {
        return new Declared(order, path, labelKey);
    }

    record Declared(int order, String path, String labelKey) implements CaseFileTab {
    }
}
