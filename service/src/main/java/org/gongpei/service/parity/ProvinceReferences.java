package org.gongpei.service.parity;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gongpei.service.parity.ProvinceReferenceChecks.Checked;

/**
 * The provincial capitals' per-parcel costs by province and year (table {@code province_reference}), and the
 * choice of the one an analysis compares a county with.
 */
@ApplicationScoped
public class ProvinceReferences {

    private static final String COLUMNS = "select province, capital, year, fen_per_parcel, source, source_code,"
            + " source_date, entered_by, entered_at from province_reference";

    @Inject
    DataSource dataSource;

    /** @return the references of a province, or of every province when it is null, by province and year */
    public List<StoredProvinceReference> list(String province) {
        return select(province == null ? " order by province, year" : " where province = ? order by year",
                province, null);
    }

    /**
     * The reference of a province for a year: that year's, else the latest earlier year's, else the earliest later
     * year's.
     *
     * @return empty when the province has none
     */
    public Optional<StoredProvinceReference> forYear(String province, int year) {
        return select(" where province = ? order by case when year <= ? then 0 else 1 end,"
                + " abs(year - ?)", province, year).stream().findFirst();
    }

    /**
     * Creates or replaces the references, all or none.
     *
     * @param username who enters them
     * @return how many existed before and were replaced
     */
    public int save(List<Checked> references, String username) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement upsert = connection.prepareStatement("insert into province_reference (province,"
                    + " capital, year, fen_per_parcel, source, source_code, source_date, entered_by) values"
                    + " (?, ?, ?, ?, ?, null, ?, ?) on conflict (province, year) do update set capital = excluded.capital,"
                    + " fen_per_parcel = excluded.fen_per_parcel, source = excluded.source, source_code = null,"
                    + " source_date = excluded.source_date, entered_by = excluded.entered_by, entered_at = now()"
                    + " returning (xmax <> 0)")) {
                int replaced = 0;
                for (Checked reference : references) {
                    upsert.setString(1, reference.province());
                    upsert.setString(2, reference.capital());
                    upsert.setInt(3, reference.year());
                    upsert.setLong(4, reference.fenPerParcel());
                    upsert.setString(5, reference.source());
                    upsert.setDate(6, Date.valueOf(reference.sourceDate()));
                    upsert.setString(7, username);
                    try (ResultSet result = upsert.executeQuery()) {
                        result.next();
                        replaced += result.getBoolean(1) ? 1 : 0;
                    }
                }
                connection.commit();
                return replaced;
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot save the province references", e);
        }
    }

    /** @return whether the province had a reference for the year, now deleted */
    public boolean delete(String province, int year) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "delete from province_reference where province = ? and year = ?")) {
            delete.setString(1, province);
            delete.setInt(2, year);
            return delete.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot delete the reference of " + province + " " + year, e);
        }
    }

    private List<StoredProvinceReference> select(String rest, String province, Integer year) {
        List<StoredProvinceReference> references = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(COLUMNS + rest)) {
            if (province != null) {
                select.setString(1, province);
            }
            if (year != null) {
                select.setInt(2, year);
                select.setInt(3, year);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long fen = rows.getLong(4);
                    references.add(new StoredProvinceReference(rows.getString(1), rows.getString(2), rows.getInt(3), fen,
                            fen / 100.0, rows.getString(5), rows.getString(6), rows.getObject(7, java.time.LocalDate.class),
                            rows.getString(8), rows.getObject(9, OffsetDateTime.class)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the province references", e);
        }
        return references;
    }
}
