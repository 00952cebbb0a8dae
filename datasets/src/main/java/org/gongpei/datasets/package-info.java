/** Demo counties, their generators and benchmark readers. */
package org.gongpei.datasets;
