/** Quality-of-life checks under {@code /api/residents/{id}/quality-of-life}. */
package org.homeward.qol.api;
