/** The transition cost model (pure Java, no container) and the persistence of its inputs. */
package org.homeward.budget.control;
