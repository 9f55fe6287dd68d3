package org.jinguo.testsupport.archfixture.bad.town;

import org.jinguo.testsupport.archfixture.bad.village.Village;

public class Town {

    Village village;
}
