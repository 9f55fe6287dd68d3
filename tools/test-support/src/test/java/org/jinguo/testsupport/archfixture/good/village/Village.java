package org.jinguo.testsupport.archfixture.good.village;

/** A domain class as the rules want it: behaviour, no Spring. */
public final class Village {

    private String name;

    public void rename(String newName) {
        name = newName;
    }

    public String name() {
        return name;
    }
}
