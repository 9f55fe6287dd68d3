package org.jinguo.dataset;

import java.util.List;
import java.util.Random;

import lombok.RequiredArgsConstructor;

/** Realistic names for people, enterprises and places in Yongkang. */
@RequiredArgsConstructor
final class Names {

    private static final List<String> SURNAMES = List.of("应", "胡", "陈", "李", "王", "吕", "徐", "程", "朱", "楼", "施", "俞", "周", "金",
            "章", "黄", "杨", "卢", "吴", "潘", "林", "丁", "颜", "孙", "郑", "项", "舒", "贾");
    private static final List<String> GIVEN = List.of("芳", "丽", "红", "燕", "秀英", "美琴", "晓梅", "雅琴", "丹", "婷", "佳", "慧", "玲",
            "萍", "敏", "霞", "洁", "静", "丽娟", "春燕", "素珍", "月娥", "桂芳", "海燕", "雪芬", "琳", "璐", "倩", "亚萍", "巧玲");
    private static final List<String> TRADES = List.of("五金", "电动工具", "保温杯", "门业", "电商", "快递", "物流", "网络科技", "家政服务",
            "社会工作服务", "文化传媒", "健康管理", "教育咨询", "物业服务", "餐饮配送");
    private static final List<String> WORDS = List.of("恒达", "金穗", "永盛", "华丰", "锦程", "顺和", "新源", "佳美", "丽舍", "同心", "康宁",
            "博雅", "欣荣", "宏远", "鑫达", "晨光", "益众", "春晖", "和美", "青禾");

    private final Random random;

    String woman() {
        return pick(SURNAMES) + pick(GIVEN);
    }

    String enterprise(String townName) {
        return "永康市" + townName + pick(WORDS) + pick(TRADES) + "有限公司";
    }

    String word() {
        return pick(WORDS);
    }

    private String pick(List<String> options) {
        return options.get(random.nextInt(options.size()));
    }
}
