/** Default fleet and cost parameters for a demo county, each with its source. */
package org.gongpei.planning.fleet;
