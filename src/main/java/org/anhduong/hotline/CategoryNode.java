package org.anhduong.hotline;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * One category of the tree with its children, by sort order.
 *
 * @param gbv        this category marks contacts as GBV-related (its descendants inherit the mark)
 * @param selfHarm   this category flags self-harm or suicidal thoughts (its descendants inherit the flag)
 * @param gbvRelated derived: this category or an ancestor is marked {@code gbv}
 */
public record CategoryNode(String code, @Nullable String parentCode, String nameVi, String nameEn, boolean gbv,
                           boolean selfHarm, boolean gbvRelated, boolean active, int sort, int version,
                           List<CategoryNode> children) {

    public CategoryNode {
        children = List.copyOf(children);
    }
}
