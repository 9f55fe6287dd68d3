package org.jinguo.care.mother;

import java.util.UUID;

/** How many children a caring mother cares for now (her confirmed matches). */
public interface MotherLoads {

    int childrenOf(UUID motherId);
}
