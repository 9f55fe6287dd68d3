package org.jinguo.testsupport.archfixture.bad.village;

import org.jinguo.testsupport.archfixture.bad.town.Town;
import org.springframework.stereotype.Component;

/** Breaks the rules: a Spring annotation on a domain class, and a cycle with the town feature. */
@Component
public class Village {

    Town town;
}
