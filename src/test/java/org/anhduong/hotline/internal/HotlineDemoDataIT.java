package org.anhduong.hotline.internal;

import org.anhduong.hotline.HotlineLine;
import org.anhduong.identity.UserDirectory;
import org.anhduong.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.test.context.TestPropertySource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --demo} gives the demo province's social-work centre its two lines, once (after identity's demo data). */
@IntegrationTest
@TestPropertySource(properties = "anhduong.demo=true")
class HotlineDemoDataIT {

    @Autowired
    Lines lines;
    @Autowired
    UserDirectory directory;
    @Autowired
    HotlineDemoData demoData;

    @Test
    void theCentreAnswersTheProvincialHotlineAnd111Once() {
        long centre = directory.activeOrganisations().stream()
                .filter(o -> HotlineDemoData.CENTRE.equals(o.name())).findFirst().orElseThrow().id();

        demoData.run(new DefaultApplicationArguments("--demo"));

        List<HotlineLine> theirs = lines.all().stream().filter(l -> l.organisationId() == centre).toList();
        assertThat(theirs).extracting(HotlineLine::number).containsExactlyInAnyOrder("1800 1769", "111");
        assertThat(theirs).allMatch(HotlineLine::active);
    }
}
