package org.gongpei.service.plan;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.gongpei.planning.demand.Carrier;
import org.gongpei.planning.demand.FarmProduct;
import org.gongpei.solver.daily.model.DailyPlan;
import org.gongpei.solver.daily.model.Echelon;
import org.gongpei.solver.daily.model.FarmPickup;
import org.gongpei.solver.daily.model.PlanTotals;
import org.gongpei.solver.daily.model.PlannedRoute;
import org.gongpei.solver.daily.model.PlannedStop;

/**
 * The printable route sheets of a done plan (配送路线单), in Chinese: the day's totals, then one page per
 * vehicle with its depot, departure and return, and a table of stops with arrival time, parcels per
 * carrier, chilled parcels, farm products collected and a column for the station's signature.
 */
public final class RouteSheets {

    private RouteSheets() {
    }

    /**
     * @param countyName the county's name
     * @param view the plan's status document (date, id)
     * @param plan the plan
     * @return a complete HTML page; every text from data is escaped
     */
    public static String html(String countyName, PlanView view, DailyPlan plan) {
        StringBuilder html = new StringBuilder(16_384);
        String title = countyName + " " + view.date() + " 配送路线单";
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(esc(title)).append("</title>\n<style>").append(CSS).append("</style>\n</head>\n<body>\n");
        html.append("<section class=\"summary\">\n<h1>").append(esc(title)).append("</h1>\n");
        html.append("<p class=\"meta\">计划编号 ").append(view.id()).append(" · 县 ").append(esc(view.countyCode()))
                .append(view.stoppedEarly() ? " · 提前停止求解" : "").append("</p>\n");
        totals(html, plan);
        html.append("</section>\n");
        for (PlannedRoute route : plan.routes()) {
            route(html, route);
        }
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private static void totals(StringBuilder html, DailyPlan plan) {
        PlanTotals totals = plan.totals();
        html.append("<table class=\"totals\"><tbody>\n");
        row(html, "总成本", yuan(totals.costFen()) + " 元");
        row(html, "每件成本", String.format(Locale.ROOT, "%.2f 元", totals.costPerParcelYuan()));
        row(html, "总里程", km(totals.distanceMetres()) + " 公里");
        row(html, "车辆数", totals.vehiclesUsed() + " 辆（" + plan.routes().size() + " 条路线）");
        row(html, "送达包裹", totals.parcelsDelivered() + " 件");
        row(html, "揽收农产品", totals.parcelsPickedUp() + " 件");
        row(html, "服务村数", totals.villagesServed() + " 个村，使用 " + totals.hubsUsed() + " 个乡镇站");
        row(html, "未服务", plan.unserved().isEmpty() ? "无"
                : plan.unserved().stream().map(u -> u.villageName() + "（" + u.reason() + "）")
                        .collect(Collectors.joining("；")));
        row(html, "校验", plan.feasible() ? "通过" : String.join("；", plan.violations()));
        html.append("</tbody></table>\n");
    }

    private static void row(StringBuilder html, String label, String value) {
        html.append("<tr><th>").append(esc(label)).append("</th><td>").append(esc(value)).append("</td></tr>\n");
    }

    private static void route(StringBuilder html, PlannedRoute route) {
        html.append("<section class=\"sheet\">\n<h2>").append(esc(echelon(route.echelon()))).append(" · ")
                .append(esc(route.vehicleName())).append(" <span class=\"vehicle\">").append(esc(route.vehicleId()))
                .append("</span></h2>\n");
        html.append("<p class=\"meta\">始发/返回：").append(esc(route.depotName())).append("（")
                .append(esc(route.depotCode())).append("） · 出发 ").append(clock(route.departureSeconds()))
                .append(" · 返回 ").append(clock(route.returnSeconds())).append(" · 里程 ")
                .append(km(route.distanceMetres())).append(" 公里 · 成本 ").append(yuan(route.costFen()))
                .append(" 元</p>\n");
        html.append("<table class=\"stops\">\n<thead><tr><th>序号</th><th>到达</th><th>站点</th><th>作业</th>");
        for (Carrier carrier : Carrier.values()) {
            html.append("<th>").append(esc(carrier.chineseName())).append("</th>");
        }
        html.append("<th>冷链件</th><th>揽收农产品</th><th class=\"sign\">签收</th></tr></thead>\n<tbody>\n");
        int number = 1;
        int[] carrierTotals = new int[Carrier.values().length];
        int chilled = 0;
        for (PlannedStop stop : route.stops()) {
            html.append("<tr><td>").append(number++).append("</td><td>").append(clock(stop.arrivalSeconds()))
                    .append("</td><td>").append(esc(stop.siteName())).append("<br><small>").append(esc(stop.siteCode()))
                    .append("</small></td><td>").append(esc(kind(stop.kind()))).append("</td>");
            for (Carrier carrier : Carrier.values()) {
                int parcels = parcels(stop.parcelsByCarrier(), carrier);
                carrierTotals[carrier.ordinal()] += parcels;
                html.append("<td class=\"n\">").append(parcels == 0 ? "" : parcels).append("</td>");
            }
            chilled += stop.chilledParcels();
            html.append("<td class=\"n\">").append(stop.chilledParcels() == 0 ? "" : stop.chilledParcels())
                    .append("</td><td>").append(esc(pickups(stop.pickups()))).append("</td><td class=\"sign\"></td></tr>\n");
        }
        html.append("</tbody>\n<tfoot><tr><th colspan=\"4\">合计</th>");
        for (int total : carrierTotals) {
            html.append("<td class=\"n\">").append(total).append("</td>");
        }
        int collected = route.stops().stream().mapToInt(PlannedStop::pickupParcels).sum();
        html.append("<td class=\"n\">").append(chilled).append("</td><td>").append(collected).append(" 件</td><td></td>")
                .append("</tr></tfoot>\n</table>\n");
        html.append("<p class=\"signatures\">司机签字：________________ 　调度签字：________________</p>\n</section>\n");
    }

    private static int parcels(Map<String, Integer> byCarrier, Carrier carrier) {
        Integer parcels = byCarrier.get(carrier.name());
        return parcels == null ? 0 : parcels;
    }

    private static String pickups(List<FarmPickup> pickups) {
        return pickups.stream().map(p -> product(p.product()) + " " + p.parcels() + " 件" + (p.chilled() ? "（冷链）" : ""))
                .collect(Collectors.joining("，"));
    }

    private static String product(String name) {
        for (FarmProduct product : FarmProduct.values()) {
            if (product.name().equals(name)) {
                return product.chineseName();
            }
        }
        return name;
    }

    static String echelon(Echelon echelon) {
        return switch (echelon) {
            case TRUNK_DOWN -> "干线下行（县→乡镇站）";
            case LAST_MILE -> "末端配送（乡镇站→村）";
            case DIRECT -> "县城直送（县→村）";
            case TRUNK_UP -> "干线上行（乡镇站→县）";
        };
    }

    static String kind(PlannedStop.StopKind kind) {
        return switch (kind) {
            case VILLAGE_DELIVERY -> "送件";
            case VILLAGE_PICKUP -> "揽收";
            case HUB_DROP -> "卸货";
            case HUB_COLLECT -> "集货";
        };
    }

    /** @return seconds since the day's midnight as {@code HH:mm}, with {@code +1} for the next day */
    static String clock(long seconds) {
        long minutes = Math.floorDiv(seconds + 30, 60);
        long days = Math.floorDiv(minutes, 24 * 60);
        long inDay = minutes - days * 24 * 60;
        String time = String.format(Locale.ROOT, "%02d:%02d", inDay / 60, inDay % 60);
        return days == 0 ? time : time + " (+" + days + ")";
    }

    private static String yuan(long fen) {
        return String.format(Locale.ROOT, "%.2f", fen / 100.0);
    }

    private static String km(long metres) {
        return String.format(Locale.ROOT, "%.1f", metres / 1000.0);
    }

    /** @return the text with HTML special characters escaped; empty for null */
    public static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static final String CSS = """
            body{font-family:"Noto Sans CJK SC","Microsoft YaHei","PingFang SC",sans-serif;margin:16px;color:#111}
            h1{font-size:20px;margin:0 0 6px}h2{font-size:16px;margin:0 0 4px}
            .meta{margin:2px 0 8px;color:#333}.vehicle{font-weight:normal;color:#555}
            table{border-collapse:collapse;width:100%;font-size:12px}
            th,td{border:1px solid #444;padding:3px 5px;vertical-align:top}
            .totals{width:auto;min-width:50%}.totals th{text-align:left;background:#eee}
            .stops thead th{background:#eee}.n{text-align:right}.sign{width:80px}
            tfoot th,tfoot td{font-weight:bold}
            .sheet{margin-top:24px}.signatures{margin-top:14px}
            @media print{body{margin:0}.sheet{page-break-before:always;break-before:page;margin-top:0}
            thead{display:table-header-group}tr{page-break-inside:avoid}}
            @page{size:A4 landscape;margin:12mm}
            """;
}
