package org.anhduong.hotline.internal;

import org.anhduong.hotline.CategoryNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CategoryTreeTest {

    private final CategoryTree tree = TestCategories.tree();

    @Test
    void aMarkedRootMakesAContactGbvRelated() {
        assertThat(tree.gbvRelated(List.of("GBV"))).isTrue();
        assertThat(tree.gbvRelated(List.of("TRAFFICKING"))).isTrue();
        assertThat(tree.gbvRelated(List.of("SEXUAL_HARASSMENT"))).isTrue();
    }

    @Test
    void descendantsOfAMarkedCategoryInheritTheMarkAtAnyDepth() {
        assertThat(tree.gbvRelated(List.of("GBV_RAPE"))).isTrue();
        assertThat(tree.gbvRelated(List.of("DV_LOCAL_EXTRA"))).isTrue();
    }

    @Test
    void otherCategoriesAreNotGbvRelatedUnlessOneOfSeveralIs() {
        assertThat(tree.gbvRelated(List.of("LEGAL_QUESTIONS", "CHILD_ABUSE"))).isFalse();
        assertThat(tree.gbvRelated(List.of())).isFalse();
        assertThat(tree.gbvRelated(List.of("LEGAL_QUESTIONS", "DV_PHYSICAL"))).isTrue();
        assertThat(tree.gbvRelated(List.of("NO_SUCH_CODE"))).isFalse();
    }

    @Test
    void selfHarmIsFlaggedOnTheFlaggedChildrenOnly() {
        assertThat(tree.selfHarm(List.of("MENTAL_HEALTH_SUICIDAL"))).isTrue();
        assertThat(tree.selfHarm(List.of("MENTAL_HEALTH"))).isFalse();
    }

    @Test
    void aSubtreeHoldsTheCodeAndEverythingBelowIt() {
        assertThat(tree.subtree("DOMESTIC_VIOLENCE")).isEqualTo(Set.of("DOMESTIC_VIOLENCE", "DV_PHYSICAL", "DV_LOCAL_EXTRA"));
        assertThat(tree.subtree("NO_SUCH_CODE")).isEmpty();
    }

    @Test
    void retiredCategoriesExistButCannotBeChosen() {
        assertThat(tree.exists("RETIRED")).isTrue();
        assertThat(tree.usable("RETIRED")).isFalse();
        assertThat(tree.usable("GBV")).isTrue();
    }

    @Test
    void nodesNestChildrenAndDeriveTheirGbvRelation() {
        CategoryNode dv = tree.nodes().stream().filter(n -> n.code().equals("DOMESTIC_VIOLENCE")).findFirst().orElseThrow();
        assertThat(dv.children()).extracting(CategoryNode::code).containsExactly("DV_PHYSICAL");
        CategoryNode extra = dv.children().getFirst().children().getFirst();
        assertThat(extra.code()).isEqualTo("DV_LOCAL_EXTRA");
        assertThat(extra.gbv()).isFalse();
        assertThat(extra.gbvRelated()).isTrue();
    }

    @Test
    void aCycleInTheTableDoesNotHangTheWalk() {
        var looped = new CategoryTree(List.of(TestCategories.row("A", "B", false, false, true),
                TestCategories.row("B", "A", false, false, true)));
        assertThat(looped.gbvRelated(List.of("A"))).isFalse();
        assertThat(looped.subtree("A")).containsExactlyInAnyOrder("A", "B");
    }
}
