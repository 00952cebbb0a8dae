package org.gongpei.service.plan;

import java.io.StringReader;
import java.util.List;

import org.gongpei.planning.demand.DemandCsv;
import org.gongpei.planning.demand.DemandCsvReader;
import org.gongpei.planning.demand.DownParcels;
import org.gongpei.planning.demand.UpShipment;

/**
 * Uploaded demand rows as a job stores them: CSV text in the upload layout ({@link DemandCsv}), holding only
 * the rows the job plans, read back when it runs. Writing and reading give the same rows.
 *
 * @param downCsv the down parcels, with header
 * @param upCsv the up shipments, with header (no rows when none were uploaded)
 */
public record UploadedDemand(String downCsv, String upCsv) {

    /** @return the rows written as CSV */
    public static UploadedDemand of(List<DownParcels> down, List<UpShipment> up) {
        return new UploadedDemand(DemandCsv.downCsv(down), DemandCsv.upCsv(up));
    }

    /** @return the down rows, one per village, day and carrier */
    public List<DownParcels> down() {
        return DemandCsvReader.readDown(new StringReader(downCsv), "stored down.csv");
    }

    /** @return the up shipments */
    public List<UpShipment> up() {
        return DemandCsvReader.readUp(new StringReader(upCsv), "stored up.csv");
    }
}
