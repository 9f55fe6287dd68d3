package org.jinguo.care.child;

import java.util.List;
import java.util.UUID;

import org.jinguo.web.security.Caller;

/** Which children a caring mother or a helper cares for: her confirmed matches, or what the helper is attached to. */
public interface ChildCarers {

    /** The children the caller, a caring mother or a helper, cares for; empty for anyone else. */
    List<UUID> childrenCaredForBy(Caller caller);
}
