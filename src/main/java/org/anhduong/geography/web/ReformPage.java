package org.anhduong.geography.web;

import org.anhduong.geography.Localities.UnitMerge;
import org.anhduong.geography.Locality;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * The reform look-up page: a code looked up both ways, or the units named like the words typed, today and before the
 * reform, each leading to its code.
 *
 * @param code         what was typed: a code or words of a name
 * @param looked       a code was given and looked up
 * @param invalid      what was typed is too long or has neither digits nor letters
 * @param current      the unit with the code today, if any
 * @param predecessors the old units it took in
 * @param old          the unit with the code on 30 June 2025, if any (often another unit than {@code current})
 * @param successors   the current units it went into
 * @param named        words of a name were given
 * @param currentMatches units of today named so
 * @param oldMatches     units of 30 June 2025 named so
 */
public record ReformPage(String code, boolean looked, boolean invalid, @Nullable Locality current,
                         List<UnitMerge> predecessors, @Nullable Locality old, List<UnitMerge> successors,
                         boolean named, List<Match> currentMatches, List<Match> oldMatches) {

    /** A unit found by name, with its province's name (empty when unknown). */
    public record Match(String code, String name, String provinceName) {
    }

    static ReformPage blank() {
        return new ReformPage("", false, false, null, List.of(), null, List.of(), false, List.of(), List.of());
    }

    static ReformPage invalid(String typed) {
        return new ReformPage(typed, false, true, null, List.of(), null, List.of(), false, List.of(), List.of());
    }

    static ReformPage named(String typed, List<Match> currentMatches, List<Match> oldMatches) {
        return new ReformPage(typed, false, false, null, List.of(), null, List.of(), true, currentMatches, oldMatches);
    }

    public boolean found() {
        return current != null || old != null;
    }

    public static String link(String code) {
        return ReformScreens.PATH + "?code=" + code;
    }
}
