package org.homeward.plan.entity;

/**
 * A plan revision is drafted, then approved (and from then on never changed), then superseded when
 * a later review is approved. A plan has at most one draft and one approved revision at a time.
 */
public enum RevisionStatus {
  DRAFT,
  APPROVED,
  SUPERSEDED
}
