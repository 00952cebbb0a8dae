package org.gongpei.service.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The carriers a county's delivery records may name: its own list when it has one, else the default list of the
 * brands of the national market and the rural networks (China Post, the Tongda brands, J&T, SF, JD, Deppon and
 * the supply-and-marketing cooperative's 供销 network).
 */
@ApplicationScoped
public class CountyCarriers {

    /** Carriers of a county without a list of its own, as record files write them. */
    public static final List<String> DEFAULTS = List.of("中国邮政", "中通", "圆通", "申通", "韵达", "极兔", "顺丰",
            "京东", "德邦", "供销");

    @Inject
    DataSource dataSource;

    /** @return the county's carriers in their stored order, or {@link #DEFAULTS} */
    public List<String> of(String countyCode) {
        try (Connection connection = dataSource.getConnection()) {
            return of(connection, countyCode);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the carriers of county " + countyCode, e);
        }
    }

    List<String> of(Connection connection, String countyCode) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select name from county_carrier where county_code = ? order by name")) {
            select.setString(1, countyCode);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
        }
        return names.isEmpty() ? DEFAULTS : names;
    }

    /** Replaces the county's list. */
    public void set(String countyCode, Set<String> names) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement delete = connection.prepareStatement("delete from county_carrier where county_code = ?");
                    PreparedStatement insert = connection.prepareStatement(
                            "insert into county_carrier (county_code, name) values (?, ?)")) {
                delete.setString(1, countyCode);
                delete.executeUpdate();
                for (String name : new LinkedHashSet<>(names)) {
                    insert.setString(1, countyCode);
                    insert.setString(2, name);
                    insert.addBatch();
                }
                insert.executeBatch();
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store the carriers of county " + countyCode, e);
        }
    }
}
