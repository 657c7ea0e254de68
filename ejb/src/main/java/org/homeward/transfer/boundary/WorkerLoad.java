package org.homeward.transfer.boundary;

import java.io.Serializable;
import org.homeward.security.entity.UserAccount;

/**
 * A focal point worker and how many active cases they hold at one institution.
 *
 * @param mayReceive whether the worker may be given cases there now (enabled, a focal point, the institution in scope)
 */
public record WorkerLoad(UserAccount worker, long activeCases, boolean mayReceive) implements Serializable {}
