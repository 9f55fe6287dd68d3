package org.jinguo.testsupport.archfixture.platform.upper;

import org.jinguo.testsupport.archfixture.platform.base.Money;

public class Ledger {

    Money money;
}
