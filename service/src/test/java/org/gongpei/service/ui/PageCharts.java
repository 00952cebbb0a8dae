package org.gongpei.service.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.restassured.path.json.JsonPath;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The charts of the page as the browser shows them (figure.chart-figure of charts.js): what ECharts holds, and
 * whether each is readable at every size of {@link #SIZES} in Chinese and in English.
 */
final class PageCharts {

    static final List<Dimension> SIZES = List.of(new Dimension(1400, 1000), new Dimension(1024, 768));
    private final WebDriver browser;

    PageCharts(WebDriver browser) {
        this.browser = browser;
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser;
    }

    /** The series of the chart in the figure as ECharts holds them: [{type, data}]. */
    JsonPath series(String figure) {
        return JsonPath.from((String) js().executeScript("""
                const chart = echarts.getInstanceByDom(document.querySelector('#' + arguments[0] + ' .chart-canvas'));
                return JSON.stringify(chart.getOption().series.map((s) => ({ type: s.type, data: s.data })));
                """, figure));
    }

    /**
     * The chart's size, the SVG's width, its words (caption first) with those outside its box, and the text of its
     * tooltip on the first category.
     */
    private static final String CHART = """
            const figure = document.getElementById(arguments[0]);
            const canvas = figure.querySelector('.chart-canvas');
            const box = canvas.getBoundingClientRect();
            const svg = canvas.querySelector('svg');
            const texts = svg ? [...svg.querySelectorAll('text')].filter((t) => t.textContent.trim() !== '') : [];
            const outside = texts.filter((t) => {
              const r = t.getBoundingClientRect();
              return r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1;
            }).map((t) => {
              const r = t.getBoundingClientRect();
              return `${t.textContent} at ${[r.left - box.left, r.top - box.top, r.right - box.left, r.bottom - box.top]
                .map(Math.round)} of ${Math.round(box.width)}×${Math.round(box.height)}`;
            });
            const chart = echarts.getInstanceByDom(canvas);
            chart.dispatchAction({ type: 'showTip', seriesIndex: 0, dataIndex: 0 });
            const tooltip = [...canvas.children].filter((c) => !c.contains(svg)).map((c) => c.textContent).join(' ');
            chart.dispatchAction({ type: 'hideTip' });
            return { width: box.width, height: box.height, svgWidth: svg ? Number(svg.getAttribute('width')) : -1,
              texts: [figure.querySelector('figcaption').textContent, ...texts.map((t) => t.textContent)], outside,
              tooltip };
            """;

    /**
     * Checks the charts of the tab at each size in each language and writes a picture of each; the data's names may
     * hold Chinese characters in English too.
     */
    void everywhere(String tab, List<String> figures, Set<String> dataNames) {
        List<String> problems = new ArrayList<>();
        try {
            for (Dimension size : SIZES) {
                resizeTo(size);
                for (String lang : List.of("zh", "en")) {
                    switchTo(lang, figures);
                    browser.findElement(By.id("tab-network")).click();
                    browser.findElement(By.id("tab-" + tab)).click();
                    for (String figure : figures) {
                        String where = figure + " " + size.getWidth() + "×" + size.getHeight() + " " + lang;
                        awaitFit(figure);
                        shoot(figure, size, lang);
                        problems.addAll(check(figure, lang, dataNames, where));
                    }
                }
            }
        } finally {
            resizeTo(new Dimension(1280, 900));
            switchTo("zh", figures);
        }
        assertThat(problems).isEmpty();
    }

    /** Waits until the chart's SVG is as wide as its canvas: drawn at the width it is shown at. */
    private void awaitFit(String figure) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> (Boolean) js().executeScript("""
                const canvas = document.querySelector('#' + arguments[0] + ' .chart-canvas');
                const svg = canvas.querySelector('svg');
                return svg !== null && canvas.clientWidth > 0
                  && Math.abs(Number(svg.getAttribute('width')) - canvas.clientWidth) < 1;
                """, figure));
    }

    @SuppressWarnings("unchecked")
    private List<String> check(String figure, String lang, Set<String> dataNames, String where) {
        List<String> problems = new ArrayList<>();
        if (!browser.findElement(By.id(figure)).isDisplayed()) {
            return List.of(where + ": not shown");
        }
        Map<String, Object> chart = (Map<String, Object>) js().executeScript(CHART, figure);
        if (((Number) chart.get("width")).doubleValue() < 200 || ((Number) chart.get("height")).doubleValue() < 100) {
            problems.add(where + ": size " + chart.get("width") + "×" + chart.get("height"));
        }
        List<String> texts = (List<String>) chart.get("texts");
        if (texts.size() < 4) {
            problems.add(where + ": only the words " + texts);
        }
        ((List<String>) chart.get("outside")).forEach(text -> problems.add(where + ": outside its box: " + text));
        String tooltip = (String) chart.get("tooltip");
        if (tooltip.isBlank()) {
            problems.add(where + ": no tooltip");
        }
        if (lang.equals("en")) {
            List<String> words = new ArrayList<>(texts);
            words.add(tooltip);
            for (String word : words) {
                String rest = word;
                for (String name : dataNames) {
                    rest = rest.replace(name, "");
                }
                if (rest.codePoints().anyMatch(PageCharts::chinese)
                        && dataNames.stream().noneMatch(name -> name.contains(word.trim()))) {
                    problems.add(where + ": Chinese in " + word);
                }
            }
        }
        return problems;
    }

    private static boolean chinese(int c) {
        return c >= 0x3000 && c <= 0x303f || c >= 0x3400 && c <= 0x9fff || c >= 0xff00 && c <= 0xffef;
    }

    /** Switches the page's language, and waits until the figures' captions are in it. */
    private void switchTo(String lang, List<String> figures) {
        if (!lang.equals(js().executeScript("return document.documentElement.lang.slice(0, 2)"))) {
            browser.findElement(By.id("lang")).click();
        }
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> figures.stream().allMatch(figure -> {
            String caption = (String) js().executeScript("return document.querySelector('#' + arguments[0]"
                    + " + ' figcaption').textContent", figure);
            return !caption.isBlank() && caption.codePoints().anyMatch(PageCharts::chinese) == lang.equals("zh");
        }));
    }

    /** Makes the page, the window less its frame, the size named. */
    @SuppressWarnings("unchecked")
    private void resizeTo(Dimension size) {
        browser.manage().window().setSize(size);
        List<Long> frame = (List<Long>) js().executeScript(
                "return [window.outerWidth - window.innerWidth, window.outerHeight - window.innerHeight]");
        browser.manage().window().setSize(new Dimension(size.getWidth() + frame.get(0).intValue(),
                size.getHeight() + frame.get(1).intValue()));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> List.of((long) size.getWidth(),
                (long) size.getHeight()).equals(js().executeScript("return [window.innerWidth, window.innerHeight]")));
    }

    private void shoot(String figure, Dimension size, String lang) {
        try {
            Path screenshots = Files.createDirectories(Path.of("target/screenshots"));
            js().executeScript("arguments[0].scrollIntoView({ block: 'start' })", browser.findElement(By.id(figure)));
            Files.write(screenshots.resolve("chart-" + figure + "-" + size.getWidth() + "x" + size.getHeight() + "-" + lang
                    + ".png"), browser.findElement(By.id(figure)).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
