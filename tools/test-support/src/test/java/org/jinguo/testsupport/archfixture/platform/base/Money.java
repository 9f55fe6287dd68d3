package org.jinguo.testsupport.archfixture.platform.base;

import org.jinguo.testsupport.archfixture.platform.upper.Ledger;
import org.jinguo.testsupport.archfixture.service.Shop;

public class Money {

    Shop shop;
    Ledger ledger;
}
