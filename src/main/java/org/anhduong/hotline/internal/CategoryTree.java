package org.anhduong.hotline.internal;

import org.anhduong.hotline.CategoryNode;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The category tree as loaded from the table, and the rules that follow from its shape: a contact is GBV-related (or
 * self-harm) when one of its categories is marked so, or descends from a marked one. Deriving through the ancestors
 * means a category an administrator adds under "GBV" counts at once, without anyone remembering to tick a box.
 */
final class CategoryTree {

    /** Far deeper than any real tree; stops the walk should a cycle ever get into the table. */
    private static final int MAX_DEPTH = 32;
    private static final Comparator<CategoryRow> ORDER = Comparator.comparingInt(CategoryRow::sort)
            .thenComparing(CategoryRow::code);

    private final Map<String, CategoryRow> byCode = new LinkedHashMap<>();

    CategoryTree(Collection<CategoryRow> rows) {
        rows.forEach(row -> byCode.put(row.code(), row));
    }

    boolean exists(String code) {
        return byCode.containsKey(code);
    }

    boolean usable(String code) {
        CategoryRow row = byCode.get(code);
        return row != null && row.active();
    }

    boolean gbvRelated(Collection<String> codes) {
        return codes.stream().anyMatch(code -> anyAncestorOrSelf(code, CategoryRow::gbv));
    }

    boolean selfHarm(Collection<String> codes) {
        return codes.stream().anyMatch(code -> anyAncestorOrSelf(code, CategoryRow::selfHarm));
    }

    /** The code and every code below it, for "contacts in this category" filters. */
    Set<String> subtree(String code) {
        Set<String> found = new java.util.LinkedHashSet<>();
        if (exists(code)) {
            collect(code, found, 0);
        }
        return found;
    }

    /** The roots with their children, each level by sort order then code. */
    List<CategoryNode> nodes() {
        return childrenOf(null, 0);
    }

    CategoryNode node(String code) {
        CategoryRow row = byCode.get(code);
        if (row == null) {
            throw new IllegalArgumentException("no such category");
        }
        return node(row, 0);
    }

    private boolean anyAncestorOrSelf(String code, Predicate<CategoryRow> mark) {
        CategoryRow row = byCode.get(code);
        for (int depth = 0; row != null && depth < MAX_DEPTH; depth++) {
            if (mark.test(row)) {
                return true;
            }
            row = row.parentCode() == null ? null : byCode.get(row.parentCode());
        }
        return false;
    }

    private void collect(String code, Set<String> found, int depth) {
        if (depth < MAX_DEPTH && found.add(code)) {
            byCode.values().stream().filter(r -> code.equals(r.parentCode())).forEach(r -> collect(r.code(), found, depth + 1));
        }
    }

    private List<CategoryNode> childrenOf(@Nullable String parent, int depth) {
        List<CategoryNode> nodes = new ArrayList<>();
        if (depth >= MAX_DEPTH) {
            return nodes;
        }
        byCode.values().stream()
                .filter(r -> java.util.Objects.equals(parent, r.parentCode()))
                .sorted(ORDER)
                .forEach(r -> nodes.add(node(r, depth)));
        return nodes;
    }

    private CategoryNode node(CategoryRow r, int depth) {
        return new CategoryNode(r.code(), r.parentCode(), r.nameVi(), r.nameEn(), r.gbv(), r.selfHarm(),
                anyAncestorOrSelf(r.code(), CategoryRow::gbv), r.active(), r.sort(), r.version(),
                childrenOf(r.code(), depth + 1));
    }
}
