/**
 * A test county on the real OpenStreetMap roads north of Bayreuth (© OpenStreetMap contributors,
 * ODbL 1.0), with synthetic tiers and demand. Entry point
 * {@link org.gongpei.datasets.bayreuth.BayreuthGenerator}.
 */
package org.gongpei.datasets.bayreuth;
