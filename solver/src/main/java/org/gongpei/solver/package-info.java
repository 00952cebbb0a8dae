/** Planning domain and Timefold models for joint-distribution routes. */
package org.gongpei.solver;
