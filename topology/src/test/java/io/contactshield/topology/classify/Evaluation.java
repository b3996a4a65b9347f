package io.contactshield.topology.classify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Scores a {@link TextClassifier} against the labelled contact-centre set
 * ({@code src/test/resources/eval/contact-centre-eval.jsonl}): per entity type, precision, recall and
 * F1, once with exact spans (type, start and end all equal) and once with overlapping spans of the
 * same type, which forgives a detector that draws the border of a name or address differently.
 */
final class Evaluation {

    static final String RESOURCE = "/eval/contact-centre-eval.jsonl";

    /** A second set written without reading the detectors; its figures are reported, not enforced. */
    static final String BLIND_RESOURCE = "/eval/contact-centre-eval-blind.jsonl";

    /** A third set, also written without reading the detectors or the earlier sets; reported, not enforced. */
    static final String BLIND2_RESOURCE = "/eval/contact-centre-eval-blind2.jsonl";
    static final String BLIND3_RESOURCE = "/eval/contact-centre-eval-blind3.jsonl";
    static final String BLIND4_RESOURCE = "/eval/contact-centre-eval-blind4.jsonl";
    static final String BLIND5_RESOURCE = "/eval/contact-centre-eval-blind5.jsonl";
    static final String BLIND6_RESOURCE = "/eval/contact-centre-eval-blind6.jsonl";
    static final String BLIND7_RESOURCE = "/eval/contact-centre-eval-blind7.jsonl";
    static final String BLIND8_RESOURCE = "/eval/contact-centre-eval-blind8.jsonl";
    static final String BLIND9_RESOURCE = "/eval/contact-centre-eval-blind9.jsonl";
    static final String BLIND10_RESOURCE = "/eval/contact-centre-eval-blind10.jsonl";
    static final String BLIND11_RESOURCE = "/eval/contact-centre-eval-blind11.jsonl";
    static final String BLIND12_RESOURCE = "/eval/contact-centre-eval-blind12.jsonl";
    static final String BLIND13_RESOURCE = "/eval/contact-centre-eval-blind13.jsonl";
    static final String BLIND14_RESOURCE = "/eval/contact-centre-eval-blind14.jsonl";
    static final String BLIND15_RESOURCE = "/eval/contact-centre-eval-blind15.jsonl";
    static final String BLIND16_RESOURCE = "/eval/contact-centre-eval-blind16.jsonl";
    static final String BLIND17_RESOURCE = "/eval/contact-centre-eval-blind17.jsonl";
    static final String BLIND18_RESOURCE = "/eval/contact-centre-eval-blind18.jsonl";
    static final String BLIND19_RESOURCE = "/eval/contact-centre-eval-blind19.jsonl";
    static final String BLIND20_RESOURCE = "/eval/contact-centre-eval-blind20.jsonl";
    static final String BLIND21_RESOURCE = "/eval/contact-centre-eval-blind21.jsonl";
    static final String BLIND22_RESOURCE = "/eval/contact-centre-eval-blind22.jsonl";
    static final String BLIND23_RESOURCE = "/eval/contact-centre-eval-blind23.jsonl";
    static final String BLIND24_RESOURCE = "/eval/contact-centre-eval-blind24.jsonl";
    static final String BLIND25_RESOURCE = "/eval/contact-centre-eval-blind25.jsonl";
    static final String BLIND26_RESOURCE = "/eval/contact-centre-eval-blind26.jsonl";
    static final String BLIND27_RESOURCE = "/eval/contact-centre-eval-blind27.jsonl";
    static final String BLIND28_RESOURCE = "/eval/contact-centre-eval-blind28.jsonl";
    static final String BLIND29_RESOURCE = "/eval/contact-centre-eval-blind29.jsonl";
    static final String BLIND30_RESOURCE = "/eval/contact-centre-eval-blind30.jsonl";
    static final String BLIND31_RESOURCE = "/eval/contact-centre-eval-blind31.jsonl";
    static final String BLIND32_RESOURCE = "/eval/contact-centre-eval-blind32.jsonl";
    static final String BLIND33_RESOURCE = "/eval/contact-centre-eval-blind33.jsonl";
    static final String BLIND34_RESOURCE = "/eval/contact-centre-eval-blind34.jsonl";
    static final String BLIND35_RESOURCE = "/eval/contact-centre-eval-blind35.jsonl";
    static final String BLIND36_RESOURCE = "/eval/contact-centre-eval-blind36.jsonl";
    static final String BLIND37_RESOURCE = "/eval/contact-centre-eval-blind37.jsonl";
    static final String BLIND38_RESOURCE = "/eval/contact-centre-eval-blind38.jsonl";
    static final String BLIND39_RESOURCE = "/eval/contact-centre-eval-blind39.jsonl";
    static final String BLIND40_RESOURCE = "/eval/contact-centre-eval-blind40.jsonl";
    static final String BLIND41_RESOURCE = "/eval/contact-centre-eval-blind41.jsonl";
    static final String BLIND42_RESOURCE = "/eval/contact-centre-eval-blind42.jsonl";
    static final String BLIND43_RESOURCE = "/eval/contact-centre-eval-blind43.jsonl";
    static final String BLIND44_RESOURCE = "/eval/contact-centre-eval-blind44.jsonl";
    static final String BLIND45_RESOURCE = "/eval/contact-centre-eval-blind45.jsonl";
    static final String BLIND46_RESOURCE = "/eval/contact-centre-eval-blind46.jsonl";
    static final String BLIND47_RESOURCE = "/eval/contact-centre-eval-blind47.jsonl";
    static final String BLIND48_RESOURCE = "/eval/contact-centre-eval-blind48.jsonl";
    static final String BLIND49_RESOURCE = "/eval/contact-centre-eval-blind49.jsonl";
    static final String BLIND50_RESOURCE = "/eval/contact-centre-eval-blind50.jsonl";
    static final String BLIND51_RESOURCE = "/eval/contact-centre-eval-blind51.jsonl";
    static final String BLIND52_RESOURCE = "/eval/contact-centre-eval-blind52.jsonl";
    static final String BLIND53_RESOURCE = "/eval/contact-centre-eval-blind53.jsonl";
    static final String BLIND54_RESOURCE = "/eval/contact-centre-eval-blind54.jsonl";
    static final String BLIND55_RESOURCE = "/eval/contact-centre-eval-blind55.jsonl";
    static final String BLIND56_RESOURCE = "/eval/contact-centre-eval-blind56.jsonl";
    static final String BLIND57_RESOURCE = "/eval/contact-centre-eval-blind57.jsonl";
    static final String BLIND58_RESOURCE = "/eval/contact-centre-eval-blind58.jsonl";
    static final String BLIND59_RESOURCE = "/eval/contact-centre-eval-blind59.jsonl";
    static final String BLIND60_RESOURCE = "/eval/contact-centre-eval-blind60.jsonl";
    static final String BLIND61_RESOURCE = "/eval/contact-centre-eval-blind61.jsonl";
    static final String BLIND62_RESOURCE = "/eval/contact-centre-eval-blind62.jsonl";
    static final String BLIND63_RESOURCE = "/eval/contact-centre-eval-blind63.jsonl";
    static final String BLIND64_RESOURCE = "/eval/contact-centre-eval-blind64.jsonl";
    static final String BLIND65_RESOURCE = "/eval/contact-centre-eval-blind65.jsonl";
    static final String BLIND66_RESOURCE = "/eval/contact-centre-eval-blind66.jsonl";
    static final String BLIND67_RESOURCE = "/eval/contact-centre-eval-blind67.jsonl";
    static final String BLIND68_RESOURCE = "/eval/contact-centre-eval-blind68.jsonl";
    static final String BLIND69_RESOURCE = "/eval/contact-centre-eval-blind69.jsonl";
    static final String BLIND70_RESOURCE = "/eval/contact-centre-eval-blind70.jsonl";
    static final String BLIND71_RESOURCE = "/eval/contact-centre-eval-blind71.jsonl";
    static final String BLIND72_RESOURCE = "/eval/contact-centre-eval-blind72.jsonl";
    static final String BLIND73_RESOURCE = "/eval/contact-centre-eval-blind73.jsonl";
    static final String BLIND74_RESOURCE = "/eval/contact-centre-eval-blind74.jsonl";
    static final String BLIND75_RESOURCE = "/eval/contact-centre-eval-blind75.jsonl";
    static final String BLIND76_RESOURCE = "/eval/contact-centre-eval-blind76.jsonl";
    static final String BLIND77_RESOURCE = "/eval/contact-centre-eval-blind77.jsonl";
    static final String BLIND78_RESOURCE = "/eval/contact-centre-eval-blind78.jsonl";
    static final String BLIND79_RESOURCE = "/eval/contact-centre-eval-blind79.jsonl";
    static final String BLIND80_RESOURCE = "/eval/contact-centre-eval-blind80.jsonl";
    static final String BLIND81_RESOURCE = "/eval/contact-centre-eval-blind81.jsonl";
    static final String BLIND82_RESOURCE = "/eval/contact-centre-eval-blind82.jsonl";
    static final String BLIND83_RESOURCE = "/eval/contact-centre-eval-blind83.jsonl";
    static final String BLIND84_RESOURCE = "/eval/contact-centre-eval-blind84.jsonl";
    static final String BLIND85_RESOURCE = "/eval/contact-centre-eval-blind85.jsonl";
    static final String BLIND86_RESOURCE = "/eval/contact-centre-eval-blind86.jsonl";
    static final String BLIND87_RESOURCE = "/eval/contact-centre-eval-blind87.jsonl";
    static final String BLIND88_RESOURCE = "/eval/contact-centre-eval-blind88.jsonl";
    static final String BLIND89_RESOURCE = "/eval/contact-centre-eval-blind89.jsonl";
    static final String BLIND90_RESOURCE = "/eval/contact-centre-eval-blind90.jsonl";
    static final String BLIND91_RESOURCE = "/eval/contact-centre-eval-blind91.jsonl";
    static final String BLIND92_RESOURCE = "/eval/contact-centre-eval-blind92.jsonl";
    static final String BLIND93_RESOURCE = "/eval/contact-centre-eval-blind93.jsonl";
    static final String BLIND94_RESOURCE = "/eval/contact-centre-eval-blind94.jsonl";
    static final String BLIND95_RESOURCE = "/eval/contact-centre-eval-blind95.jsonl";
    static final String BLIND96_RESOURCE = "/eval/contact-centre-eval-blind96.jsonl";
    static final String BLIND97_RESOURCE = "/eval/contact-centre-eval-blind97.jsonl";
    static final String BLIND98_RESOURCE = "/eval/contact-centre-eval-blind98.jsonl";
    static final String BLIND99_RESOURCE = "/eval/contact-centre-eval-blind99.jsonl";
    static final String BLIND100_RESOURCE = "/eval/contact-centre-eval-blind100.jsonl";
    static final String BLIND101_RESOURCE = "/eval/contact-centre-eval-blind101.jsonl";
    static final String BLIND102_RESOURCE = "/eval/contact-centre-eval-blind102.jsonl";
    static final String BLIND103_RESOURCE = "/eval/contact-centre-eval-blind103.jsonl";
    static final String BLIND104_RESOURCE = "/eval/contact-centre-eval-blind104.jsonl";
    static final String BLIND105_RESOURCE = "/eval/contact-centre-eval-blind105.jsonl";
    static final String BLIND106_RESOURCE = "/eval/contact-centre-eval-blind106.jsonl";
    static final String BLIND107_RESOURCE = "/eval/contact-centre-eval-blind107.jsonl";
    static final String BLIND108_RESOURCE = "/eval/contact-centre-eval-blind108.jsonl";
    static final String BLIND109_RESOURCE = "/eval/contact-centre-eval-blind109.jsonl";
    static final String BLIND110_RESOURCE = "/eval/contact-centre-eval-blind110.jsonl";
    static final String BLIND111_RESOURCE = "/eval/contact-centre-eval-blind111.jsonl";
    static final String BLIND112_RESOURCE = "/eval/contact-centre-eval-blind112.jsonl";
    static final String BLIND113_RESOURCE = "/eval/contact-centre-eval-blind113.jsonl";
    static final String BLIND114_RESOURCE = "/eval/contact-centre-eval-blind114.jsonl";
    static final String BLIND115_RESOURCE = "/eval/contact-centre-eval-blind115.jsonl";
    static final String BLIND116_RESOURCE = "/eval/contact-centre-eval-blind116.jsonl";
    static final String BLIND117_RESOURCE = "/eval/contact-centre-eval-blind117.jsonl";
    static final String BLIND118_RESOURCE = "/eval/contact-centre-eval-blind118.jsonl";
    static final String BLIND119_RESOURCE = "/eval/contact-centre-eval-blind119.jsonl";
    static final String BLIND120_RESOURCE = "/eval/contact-centre-eval-blind120.jsonl";
    static final String BLIND121_RESOURCE = "/eval/contact-centre-eval-blind121.jsonl";
    static final String BLIND122_RESOURCE = "/eval/contact-centre-eval-blind122.jsonl";
    static final String BLIND123_RESOURCE = "/eval/contact-centre-eval-blind123.jsonl";
    static final String BLIND124_RESOURCE = "/eval/contact-centre-eval-blind124.jsonl";
    static final String BLIND125_RESOURCE = "/eval/contact-centre-eval-blind125.jsonl";
    static final String BLIND126_RESOURCE = "/eval/contact-centre-eval-blind126.jsonl";
    static final String BLIND127_RESOURCE = "/eval/contact-centre-eval-blind127.jsonl";
    static final String BLIND128_RESOURCE = "/eval/contact-centre-eval-blind128.jsonl";
    static final String BLIND129_RESOURCE = "/eval/contact-centre-eval-blind129.jsonl";
    static final String BLIND130_RESOURCE = "/eval/contact-centre-eval-blind130.jsonl";
    static final String BLIND131_RESOURCE = "/eval/contact-centre-eval-blind131.jsonl";
    static final String BLIND132_RESOURCE = "/eval/contact-centre-eval-blind132.jsonl";
    static final String BLIND133_RESOURCE = "/eval/contact-centre-eval-blind133.jsonl";
    static final String BLIND134_RESOURCE = "/eval/contact-centre-eval-blind134.jsonl";
    static final String BLIND135_RESOURCE = "/eval/contact-centre-eval-blind135.jsonl";
    static final String BLIND136_RESOURCE = "/eval/contact-centre-eval-blind136.jsonl";
    static final String BLIND137_RESOURCE = "/eval/contact-centre-eval-blind137.jsonl";
    static final String BLIND138_RESOURCE = "/eval/contact-centre-eval-blind138.jsonl";
    static final String BLIND139_RESOURCE = "/eval/contact-centre-eval-blind139.jsonl";
    static final String BLIND140_RESOURCE = "/eval/contact-centre-eval-blind140.jsonl";
    static final String BLIND141_RESOURCE = "/eval/contact-centre-eval-blind141.jsonl";
    static final String BLIND142_RESOURCE = "/eval/contact-centre-eval-blind142.jsonl";
    static final String BLIND143_RESOURCE = "/eval/contact-centre-eval-blind143.jsonl";
    static final String BLIND144_RESOURCE = "/eval/contact-centre-eval-blind144.jsonl";
    static final String BLIND145_RESOURCE = "/eval/contact-centre-eval-blind145.jsonl";
    static final String BLIND146_RESOURCE = "/eval/contact-centre-eval-blind146.jsonl";
    static final String BLIND147_RESOURCE = "/eval/contact-centre-eval-blind147.jsonl";
    static final String BLIND148_RESOURCE = "/eval/contact-centre-eval-blind148.jsonl";
    static final String BLIND149_RESOURCE = "/eval/contact-centre-eval-blind149.jsonl";
    static final String BLIND150_RESOURCE = "/eval/contact-centre-eval-blind150.jsonl";
    static final String BLIND151_RESOURCE = "/eval/contact-centre-eval-blind151.jsonl";
    static final String BLIND152_RESOURCE = "/eval/contact-centre-eval-blind152.jsonl";
    static final String BLIND153_RESOURCE = "/eval/contact-centre-eval-blind153.jsonl";
    static final String BLIND154_RESOURCE = "/eval/contact-centre-eval-blind154.jsonl";
    static final String BLIND155_RESOURCE = "/eval/contact-centre-eval-blind155.jsonl";
    static final String BLIND156_RESOURCE = "/eval/contact-centre-eval-blind156.jsonl";
    static final String BLIND157_RESOURCE = "/eval/contact-centre-eval-blind157.jsonl";
    static final String BLIND158_RESOURCE = "/eval/contact-centre-eval-blind158.jsonl";
    static final String BLIND159_RESOURCE = "/eval/contact-centre-eval-blind159.jsonl";
    static final String BLIND160_RESOURCE = "/eval/contact-centre-eval-blind160.jsonl";
    static final String BLIND161_RESOURCE = "/eval/contact-centre-eval-blind161.jsonl";
    static final String BLIND162_RESOURCE = "/eval/contact-centre-eval-blind162.jsonl";
    static final String BLIND163_RESOURCE = "/eval/contact-centre-eval-blind163.jsonl";
    static final String BLIND164_RESOURCE = "/eval/contact-centre-eval-blind164.jsonl";
    static final String BLIND165_RESOURCE = "/eval/contact-centre-eval-blind165.jsonl";
    static final String BLIND166_RESOURCE = "/eval/contact-centre-eval-blind166.jsonl";
    static final String BLIND167_RESOURCE = "/eval/contact-centre-eval-blind167.jsonl";
    static final String BLIND168_RESOURCE = "/eval/contact-centre-eval-blind168.jsonl";
    static final String BLIND169_RESOURCE = "/eval/contact-centre-eval-blind169.jsonl";
    static final String BLIND170_RESOURCE = "/eval/contact-centre-eval-blind170.jsonl";
    static final String BLIND171_RESOURCE = "/eval/contact-centre-eval-blind171.jsonl";
    static final String BLIND172_RESOURCE = "/eval/contact-centre-eval-blind172.jsonl";
    static final String BLIND173_RESOURCE = "/eval/contact-centre-eval-blind173.jsonl";
    static final String BLIND174_RESOURCE = "/eval/contact-centre-eval-blind174.jsonl";
    static final String BLIND175_RESOURCE = "/eval/contact-centre-eval-blind175.jsonl";
    static final String BLIND176_RESOURCE = "/eval/contact-centre-eval-blind176.jsonl";
    static final String BLIND177_RESOURCE = "/eval/contact-centre-eval-blind177.jsonl";
    static final String BLIND178_RESOURCE = "/eval/contact-centre-eval-blind178.jsonl";
    static final String BLIND179_RESOURCE = "/eval/contact-centre-eval-blind179.jsonl";
    static final String BLIND180_RESOURCE = "/eval/contact-centre-eval-blind180.jsonl";
    static final String BLIND181_RESOURCE = "/eval/contact-centre-eval-blind181.jsonl";
    static final String BLIND182_RESOURCE = "/eval/contact-centre-eval-blind182.jsonl";
    static final String BLIND183_RESOURCE = "/eval/contact-centre-eval-blind183.jsonl";
    static final String BLIND184_RESOURCE = "/eval/contact-centre-eval-blind184.jsonl";
    static final String BLIND185_RESOURCE = "/eval/contact-centre-eval-blind185.jsonl";
    static final String BLIND186_RESOURCE = "/eval/contact-centre-eval-blind186.jsonl";
    static final String BLIND187_RESOURCE = "/eval/contact-centre-eval-blind187.jsonl";
    static final String BLIND188_RESOURCE = "/eval/contact-centre-eval-blind188.jsonl";
    static final String BLIND189_RESOURCE = "/eval/contact-centre-eval-blind189.jsonl";
    static final String BLIND190_RESOURCE = "/eval/contact-centre-eval-blind190.jsonl";
    static final String BLIND191_RESOURCE = "/eval/contact-centre-eval-blind191.jsonl";
    static final String BLIND192_RESOURCE = "/eval/contact-centre-eval-blind192.jsonl";
    static final String BLIND193_RESOURCE = "/eval/contact-centre-eval-blind193.jsonl";
    static final String BLIND194_RESOURCE = "/eval/contact-centre-eval-blind194.jsonl";
    static final String BLIND195_RESOURCE = "/eval/contact-centre-eval-blind195.jsonl";
    static final String BLIND196_RESOURCE = "/eval/contact-centre-eval-blind196.jsonl";
    static final String BLIND197_RESOURCE = "/eval/contact-centre-eval-blind197.jsonl";
    static final String BLIND198_RESOURCE = "/eval/contact-centre-eval-blind198.jsonl";
    static final String BLIND199_RESOURCE = "/eval/contact-centre-eval-blind199.jsonl";
    static final String BLIND200_RESOURCE = "/eval/contact-centre-eval-blind200.jsonl";
    static final String BLIND201_RESOURCE = "/eval/contact-centre-eval-blind201.jsonl";
    static final String BLIND202_RESOURCE = "/eval/contact-centre-eval-blind202.jsonl";
    static final String BLIND203_RESOURCE = "/eval/contact-centre-eval-blind203.jsonl";
    static final String BLIND204_RESOURCE = "/eval/contact-centre-eval-blind204.jsonl";
    static final String BLIND205_RESOURCE = "/eval/contact-centre-eval-blind205.jsonl";
    static final String BLIND206_RESOURCE = "/eval/contact-centre-eval-blind206.jsonl";
    static final String BLIND207_RESOURCE = "/eval/contact-centre-eval-blind207.jsonl";
    static final String BLIND208_RESOURCE = "/eval/contact-centre-eval-blind208.jsonl";
    static final String BLIND209_RESOURCE = "/eval/contact-centre-eval-blind209.jsonl";
    static final String BLIND210_RESOURCE = "/eval/contact-centre-eval-blind210.jsonl";
    static final String BLIND211_RESOURCE = "/eval/contact-centre-eval-blind211.jsonl";
    static final String BLIND212_RESOURCE = "/eval/contact-centre-eval-blind212.jsonl";
    static final String BLIND213_RESOURCE = "/eval/contact-centre-eval-blind213.jsonl";
    static final String BLIND214_RESOURCE = "/eval/contact-centre-eval-blind214.jsonl";
    static final String BLIND215_RESOURCE = "/eval/contact-centre-eval-blind215.jsonl";
    static final String BLIND216_RESOURCE = "/eval/contact-centre-eval-blind216.jsonl";
    static final String BLIND217_RESOURCE = "/eval/contact-centre-eval-blind217.jsonl";
    static final String BLIND218_RESOURCE = "/eval/contact-centre-eval-blind218.jsonl";
    static final String BLIND219_RESOURCE = "/eval/contact-centre-eval-blind219.jsonl";
    static final String BLIND220_RESOURCE = "/eval/contact-centre-eval-blind220.jsonl";
    static final String BLIND221_RESOURCE = "/eval/contact-centre-eval-blind221.jsonl";
    static final String BLIND222_RESOURCE = "/eval/contact-centre-eval-blind222.jsonl";
    static final String BLIND223_RESOURCE = "/eval/contact-centre-eval-blind223.jsonl";
    static final String BLIND224_RESOURCE = "/eval/contact-centre-eval-blind224.jsonl";
    static final String BLIND225_RESOURCE = "/eval/contact-centre-eval-blind225.jsonl";
    static final String BLIND226_RESOURCE = "/eval/contact-centre-eval-blind226.jsonl";
    static final String BLIND227_RESOURCE = "/eval/contact-centre-eval-blind227.jsonl";
    static final String BLIND228_RESOURCE = "/eval/contact-centre-eval-blind228.jsonl";
    static final String BLIND229_RESOURCE = "/eval/contact-centre-eval-blind229.jsonl";
    static final String BLIND230_RESOURCE = "/eval/contact-centre-eval-blind230.jsonl";
    static final String BLIND231_RESOURCE = "/eval/contact-centre-eval-blind231.jsonl";
    static final String BLIND232_RESOURCE = "/eval/contact-centre-eval-blind232.jsonl";
    static final String BLIND233_RESOURCE = "/eval/contact-centre-eval-blind233.jsonl";
    static final String BLIND234_RESOURCE = "/eval/contact-centre-eval-blind234.jsonl";
    static final String BLIND235_RESOURCE = "/eval/contact-centre-eval-blind235.jsonl";
    static final String BLIND236_RESOURCE = "/eval/contact-centre-eval-blind236.jsonl";
    static final String BLIND237_RESOURCE = "/eval/contact-centre-eval-blind237.jsonl";
    static final String BLIND238_RESOURCE = "/eval/contact-centre-eval-blind238.jsonl";
    static final String BLIND239_RESOURCE = "/eval/contact-centre-eval-blind239.jsonl";
    static final String BLIND240_RESOURCE = "/eval/contact-centre-eval-blind240.jsonl";
    static final String BLIND241_RESOURCE = "/eval/contact-centre-eval-blind241.jsonl";
    static final String BLIND242_RESOURCE = "/eval/contact-centre-eval-blind242.jsonl";
    static final String BLIND243_RESOURCE = "/eval/contact-centre-eval-blind243.jsonl";
    static final String BLIND244_RESOURCE = "/eval/contact-centre-eval-blind244.jsonl";
    static final String BLIND245_RESOURCE = "/eval/contact-centre-eval-blind245.jsonl";
    static final String BLIND246_RESOURCE = "/eval/contact-centre-eval-blind246.jsonl";
    static final String BLIND247_RESOURCE = "/eval/contact-centre-eval-blind247.jsonl";
    static final String BLIND248_RESOURCE = "/eval/contact-centre-eval-blind248.jsonl";
    static final String BLIND249_RESOURCE = "/eval/contact-centre-eval-blind249.jsonl";
    static final String BLIND250_RESOURCE = "/eval/contact-centre-eval-blind250.jsonl";
    static final String BLIND251_RESOURCE = "/eval/contact-centre-eval-blind251.jsonl";
    static final String BLIND252_RESOURCE = "/eval/contact-centre-eval-blind252.jsonl";
    static final String BLIND253_RESOURCE = "/eval/contact-centre-eval-blind253.jsonl";
    static final String BLIND254_RESOURCE = "/eval/contact-centre-eval-blind254.jsonl";
    static final String BLIND255_RESOURCE = "/eval/contact-centre-eval-blind255.jsonl";
    static final String BLIND256_RESOURCE = "/eval/contact-centre-eval-blind256.jsonl";
    static final String BLIND257_RESOURCE = "/eval/contact-centre-eval-blind257.jsonl";
    static final String BLIND258_RESOURCE = "/eval/contact-centre-eval-blind258.jsonl";
    static final String BLIND259_RESOURCE = "/eval/contact-centre-eval-blind259.jsonl";
    static final String BLIND260_RESOURCE = "/eval/contact-centre-eval-blind260.jsonl";
    static final String BLIND261_RESOURCE = "/eval/contact-centre-eval-blind261.jsonl";
    static final String BLIND262_RESOURCE = "/eval/contact-centre-eval-blind262.jsonl";
    static final String BLIND263_RESOURCE = "/eval/contact-centre-eval-blind263.jsonl";
    static final String BLIND264_RESOURCE = "/eval/contact-centre-eval-blind264.jsonl";
    static final String BLIND265_RESOURCE = "/eval/contact-centre-eval-blind265.jsonl";
    static final String BLIND266_RESOURCE = "/eval/contact-centre-eval-blind266.jsonl";
    static final String BLIND267_RESOURCE = "/eval/contact-centre-eval-blind267.jsonl";
    static final String BLIND268_RESOURCE = "/eval/contact-centre-eval-blind268.jsonl";
    static final String BLIND269_RESOURCE = "/eval/contact-centre-eval-blind269.jsonl";
    static final String BLIND270_RESOURCE = "/eval/contact-centre-eval-blind270.jsonl";
    static final String BLIND271_RESOURCE = "/eval/contact-centre-eval-blind271.jsonl";
    static final String BLIND272_RESOURCE = "/eval/contact-centre-eval-blind272.jsonl";
    static final String BLIND273_RESOURCE = "/eval/contact-centre-eval-blind273.jsonl";
    static final String BLIND274_RESOURCE = "/eval/contact-centre-eval-blind274.jsonl";
    static final String BLIND275_RESOURCE = "/eval/contact-centre-eval-blind275.jsonl";
    static final String BLIND276_RESOURCE = "/eval/contact-centre-eval-blind276.jsonl";
    static final String BLIND277_RESOURCE = "/eval/contact-centre-eval-blind277.jsonl";
    static final String BLIND278_RESOURCE = "/eval/contact-centre-eval-blind278.jsonl";
    static final String BLIND279_RESOURCE = "/eval/contact-centre-eval-blind279.jsonl";
    static final String BLIND280_RESOURCE = "/eval/contact-centre-eval-blind280.jsonl";
    static final String BLIND281_RESOURCE = "/eval/contact-centre-eval-blind281.jsonl";
    static final String BLIND282_RESOURCE = "/eval/contact-centre-eval-blind282.jsonl";
    static final String BLIND283_RESOURCE = "/eval/contact-centre-eval-blind283.jsonl";
    static final String BLIND284_RESOURCE = "/eval/contact-centre-eval-blind284.jsonl";
    static final String BLIND285_RESOURCE = "/eval/contact-centre-eval-blind285.jsonl";
    static final String BLIND286_RESOURCE = "/eval/contact-centre-eval-blind286.jsonl";
    static final String BLIND287_RESOURCE = "/eval/contact-centre-eval-blind287.jsonl";
    static final String BLIND288_RESOURCE = "/eval/contact-centre-eval-blind288.jsonl";
    static final String BLIND289_RESOURCE = "/eval/contact-centre-eval-blind289.jsonl";
    static final String BLIND290_RESOURCE = "/eval/contact-centre-eval-blind290.jsonl";
    static final String BLIND291_RESOURCE = "/eval/contact-centre-eval-blind291.jsonl";
    static final String BLIND292_RESOURCE = "/eval/contact-centre-eval-blind292.jsonl";
    static final String BLIND293_RESOURCE = "/eval/contact-centre-eval-blind293.jsonl";
    static final String BLIND294_RESOURCE = "/eval/contact-centre-eval-blind294.jsonl";
    static final String BLIND295_RESOURCE = "/eval/contact-centre-eval-blind295.jsonl";
    static final String BLIND296_RESOURCE = "/eval/contact-centre-eval-blind296.jsonl";
    static final String BLIND297_RESOURCE = "/eval/contact-centre-eval-blind297.jsonl";
    static final String BLIND298_RESOURCE = "/eval/contact-centre-eval-blind298.jsonl";
    static final String BLIND299_RESOURCE = "/eval/contact-centre-eval-blind299.jsonl";
    static final String BLIND300_RESOURCE = "/eval/contact-centre-eval-blind300.jsonl";
    static final String BLIND301_RESOURCE = "/eval/contact-centre-eval-blind301.jsonl";
    static final String BLIND302_RESOURCE = "/eval/contact-centre-eval-blind302.jsonl";
    static final String BLIND303_RESOURCE = "/eval/contact-centre-eval-blind303.jsonl";
    static final String BLIND304_RESOURCE = "/eval/contact-centre-eval-blind304.jsonl";
    static final String BLIND305_RESOURCE = "/eval/contact-centre-eval-blind305.jsonl";
    static final String BLIND306_RESOURCE = "/eval/contact-centre-eval-blind306.jsonl";
    static final String BLIND307_RESOURCE = "/eval/contact-centre-eval-blind307.jsonl";
    static final String BLIND308_RESOURCE = "/eval/contact-centre-eval-blind308.jsonl";
    static final String BLIND309_RESOURCE = "/eval/contact-centre-eval-blind309.jsonl";
    static final String BLIND310_RESOURCE = "/eval/contact-centre-eval-blind310.jsonl";
    static final String BLIND311_RESOURCE = "/eval/contact-centre-eval-blind311.jsonl";
    static final String BLIND312_RESOURCE = "/eval/contact-centre-eval-blind312.jsonl";
    static final String BLIND313_RESOURCE = "/eval/contact-centre-eval-blind313.jsonl";
    static final String BLIND314_RESOURCE = "/eval/contact-centre-eval-blind314.jsonl";
    static final String BLIND315_RESOURCE = "/eval/contact-centre-eval-blind315.jsonl";
    static final String BLIND316_RESOURCE = "/eval/contact-centre-eval-blind316.jsonl";
    static final String BLIND317_RESOURCE = "/eval/contact-centre-eval-blind317.jsonl";
    static final String BLIND318_RESOURCE = "/eval/contact-centre-eval-blind318.jsonl";
    static final String BLIND319_RESOURCE = "/eval/contact-centre-eval-blind319.jsonl";
    static final String BLIND320_RESOURCE = "/eval/contact-centre-eval-blind320.jsonl";
    static final String BLIND321_RESOURCE = "/eval/contact-centre-eval-blind321.jsonl";
    static final String BLIND322_RESOURCE = "/eval/contact-centre-eval-blind322.jsonl";
    static final String BLIND323_RESOURCE = "/eval/contact-centre-eval-blind323.jsonl";
    static final String BLIND324_RESOURCE = "/eval/contact-centre-eval-blind324.jsonl";
    static final String BLIND325_RESOURCE = "/eval/contact-centre-eval-blind325.jsonl";
    static final String BLIND326_RESOURCE = "/eval/contact-centre-eval-blind326.jsonl";
    static final String BLIND327_RESOURCE = "/eval/contact-centre-eval-blind327.jsonl";
    static final String BLIND328_RESOURCE = "/eval/contact-centre-eval-blind328.jsonl";
    static final String BLIND329_RESOURCE = "/eval/contact-centre-eval-blind329.jsonl";
    static final String BLIND330_RESOURCE = "/eval/contact-centre-eval-blind330.jsonl";
    static final String BLIND331_RESOURCE = "/eval/contact-centre-eval-blind331.jsonl";
    static final String BLIND332_RESOURCE = "/eval/contact-centre-eval-blind332.jsonl";
    static final String BLIND333_RESOURCE = "/eval/contact-centre-eval-blind333.jsonl";
    static final String BLIND334_RESOURCE = "/eval/contact-centre-eval-blind334.jsonl";
    static final String BLIND335_RESOURCE = "/eval/contact-centre-eval-blind335.jsonl";
    static final String BLIND336_RESOURCE = "/eval/contact-centre-eval-blind336.jsonl";
    static final String BLIND337_RESOURCE = "/eval/contact-centre-eval-blind337.jsonl";
    static final String BLIND338_RESOURCE = "/eval/contact-centre-eval-blind338.jsonl";
    static final String BLIND339_RESOURCE = "/eval/contact-centre-eval-blind339.jsonl";
    static final String BLIND340_RESOURCE = "/eval/contact-centre-eval-blind340.jsonl";
    static final String BLIND341_RESOURCE = "/eval/contact-centre-eval-blind341.jsonl";
    static final String BLIND342_RESOURCE = "/eval/contact-centre-eval-blind342.jsonl";
    static final String BLIND343_RESOURCE = "/eval/contact-centre-eval-blind343.jsonl";
    static final String BLIND344_RESOURCE = "/eval/contact-centre-eval-blind344.jsonl";
    static final String BLIND345_RESOURCE = "/eval/contact-centre-eval-blind345.jsonl";
    static final String BLIND346_RESOURCE = "/eval/contact-centre-eval-blind346.jsonl";
    static final String BLIND347_RESOURCE = "/eval/contact-centre-eval-blind347.jsonl";
    static final String BLIND348_RESOURCE = "/eval/contact-centre-eval-blind348.jsonl";
    static final String BLIND349_RESOURCE = "/eval/contact-centre-eval-blind349.jsonl";
    static final String BLIND350_RESOURCE = "/eval/contact-centre-eval-blind350.jsonl";
    static final String BLIND351_RESOURCE = "/eval/contact-centre-eval-blind351.jsonl";
    static final String BLIND352_RESOURCE = "/eval/contact-centre-eval-blind352.jsonl";
    static final String BLIND353_RESOURCE = "/eval/contact-centre-eval-blind353.jsonl";
    static final String BLIND354_RESOURCE = "/eval/contact-centre-eval-blind354.jsonl";
    static final String BLIND355_RESOURCE = "/eval/contact-centre-eval-blind355.jsonl";
    static final String BLIND356_RESOURCE = "/eval/contact-centre-eval-blind356.jsonl";
    static final String BLIND357_RESOURCE = "/eval/contact-centre-eval-blind357.jsonl";
    static final String BLIND358_RESOURCE = "/eval/contact-centre-eval-blind358.jsonl";
    static final String BLIND359_RESOURCE = "/eval/contact-centre-eval-blind359.jsonl";
    static final String BLIND360_RESOURCE = "/eval/contact-centre-eval-blind360.jsonl";
    static final String BLIND361_RESOURCE = "/eval/contact-centre-eval-blind361.jsonl";
    static final String BLIND362_RESOURCE = "/eval/contact-centre-eval-blind362.jsonl";
    static final String BLIND363_RESOURCE = "/eval/contact-centre-eval-blind363.jsonl";
    static final String BLIND364_RESOURCE = "/eval/contact-centre-eval-blind364.jsonl";
    static final String BLIND365_RESOURCE = "/eval/contact-centre-eval-blind365.jsonl";
    static final String BLIND366_RESOURCE = "/eval/contact-centre-eval-blind366.jsonl";
    static final String BLIND367_RESOURCE = "/eval/contact-centre-eval-blind367.jsonl";
    static final String BLIND368_RESOURCE = "/eval/contact-centre-eval-blind368.jsonl";
    static final String BLIND369_RESOURCE = "/eval/contact-centre-eval-blind369.jsonl";
    static final String BLIND370_RESOURCE = "/eval/contact-centre-eval-blind370.jsonl";
    static final String BLIND371_RESOURCE = "/eval/contact-centre-eval-blind371.jsonl";
    static final String BLIND373_RESOURCE = "/eval/contact-centre-eval-blind373.jsonl";
    static final String BLIND374_RESOURCE = "/eval/contact-centre-eval-blind374.jsonl";
    static final String BLIND375_RESOURCE = "/eval/contact-centre-eval-blind375.jsonl";
    static final String BLIND376_RESOURCE = "/eval/contact-centre-eval-blind376.jsonl";
    static final String BLIND377_RESOURCE = "/eval/contact-centre-eval-blind377.jsonl";
    static final String BLIND378_RESOURCE = "/eval/contact-centre-eval-blind378.jsonl";
    static final String BLIND379_RESOURCE = "/eval/contact-centre-eval-blind379.jsonl";
    static final String BLIND380_RESOURCE = "/eval/contact-centre-eval-blind380.jsonl";
    static final String BLIND381_RESOURCE = "/eval/contact-centre-eval-blind381.jsonl";
    static final String BLIND382_RESOURCE = "/eval/contact-centre-eval-blind382.jsonl";
    static final String BLIND383_RESOURCE = "/eval/contact-centre-eval-blind383.jsonl";
    static final String BLIND384_RESOURCE = "/eval/contact-centre-eval-blind384.jsonl";
    static final String BLIND385_RESOURCE = "/eval/contact-centre-eval-blind385.jsonl";
    static final String BLIND386_RESOURCE = "/eval/contact-centre-eval-blind386.jsonl";
    static final String BLIND387_RESOURCE = "/eval/contact-centre-eval-blind387.jsonl";
    static final String BLIND388_RESOURCE = "/eval/contact-centre-eval-blind388.jsonl";
    static final String BLIND389_RESOURCE = "/eval/contact-centre-eval-blind389.jsonl";
    static final String BLIND390_RESOURCE = "/eval/contact-centre-eval-blind390.jsonl";
    static final String BLIND391_RESOURCE = "/eval/contact-centre-eval-blind391.jsonl";
    static final String BLIND392_RESOURCE = "/eval/contact-centre-eval-blind392.jsonl";
    static final String BLIND393_RESOURCE = "/eval/contact-centre-eval-blind393.jsonl";
    static final String BLIND394_RESOURCE = "/eval/contact-centre-eval-blind394.jsonl";
    static final String BLIND395_RESOURCE = "/eval/contact-centre-eval-blind395.jsonl";
    static final String BLIND396_RESOURCE = "/eval/contact-centre-eval-blind396.jsonl";
    static final String BLIND397_RESOURCE = "/eval/contact-centre-eval-blind397.jsonl";
    static final String BLIND398_RESOURCE = "/eval/contact-centre-eval-blind398.jsonl";
    static final String BLIND399_RESOURCE = "/eval/contact-centre-eval-blind399.jsonl";
    static final String BLIND402_RESOURCE = "/eval/contact-centre-eval-blind402.jsonl";
    static final String BLIND404_RESOURCE = "/eval/contact-centre-eval-blind404.jsonl";
    static final String BLIND406_RESOURCE = "/eval/contact-centre-eval-blind406.jsonl";
    static final String BLIND408_RESOURCE = "/eval/contact-centre-eval-blind408.jsonl";
    static final String BLIND409_RESOURCE = "/eval/contact-centre-eval-blind409.jsonl";
    static final String BLIND410_RESOURCE = "/eval/contact-centre-eval-blind410.jsonl";
    static final String BLIND411_RESOURCE = "/eval/contact-centre-eval-blind411.jsonl";
    static final String BLIND412_RESOURCE = "/eval/contact-centre-eval-blind412.jsonl";
    static final String BLIND414_RESOURCE = "/eval/contact-centre-eval-blind414.jsonl";
    static final String BLIND415_RESOURCE = "/eval/contact-centre-eval-blind415.jsonl";
    static final String BLIND416_RESOURCE = "/eval/contact-centre-eval-blind416.jsonl";
    static final String BLIND420_RESOURCE = "/eval/contact-centre-eval-blind420.jsonl";
    static final String BLIND421_RESOURCE = "/eval/contact-centre-eval-blind421.jsonl";
    static final String BLIND422_RESOURCE = "/eval/contact-centre-eval-blind422.jsonl";
    static final String BLIND423_RESOURCE = "/eval/contact-centre-eval-blind423.jsonl";
    static final String BLIND424_RESOURCE = "/eval/contact-centre-eval-blind424.jsonl";
    static final String BLIND425_RESOURCE = "/eval/contact-centre-eval-blind425.jsonl";
    static final String BLIND427_RESOURCE = "/eval/contact-centre-eval-blind427.jsonl";
    static final String BLIND428_RESOURCE = "/eval/contact-centre-eval-blind428.jsonl";
    static final String BLIND431_RESOURCE = "/eval/contact-centre-eval-blind431.jsonl";
    static final String BLIND432_RESOURCE = "/eval/contact-centre-eval-blind432.jsonl";
    static final String BLIND434_RESOURCE = "/eval/contact-centre-eval-blind434.jsonl";
    static final String BLIND435_RESOURCE = "/eval/contact-centre-eval-blind435.jsonl";
    static final String BLIND436_RESOURCE = "/eval/contact-centre-eval-blind436.jsonl";
    static final String BLIND433_RESOURCE = "/eval/contact-centre-eval-blind433.jsonl";
    static final String BLIND430_RESOURCE = "/eval/contact-centre-eval-blind430.jsonl";
    static final String BLIND429_RESOURCE = "/eval/contact-centre-eval-blind429.jsonl";
    static final String BLIND426_RESOURCE = "/eval/contact-centre-eval-blind426.jsonl";
    static final String BLIND419_RESOURCE = "/eval/contact-centre-eval-blind419.jsonl";
    static final String BLIND418_RESOURCE = "/eval/contact-centre-eval-blind418.jsonl";
    static final String BLIND417_RESOURCE = "/eval/contact-centre-eval-blind417.jsonl";
    static final String BLIND413_RESOURCE = "/eval/contact-centre-eval-blind413.jsonl";
    static final String BLIND407_RESOURCE = "/eval/contact-centre-eval-blind407.jsonl";
    static final String BLIND405_RESOURCE = "/eval/contact-centre-eval-blind405.jsonl";
    static final String BLIND403_RESOURCE = "/eval/contact-centre-eval-blind403.jsonl";
    static final String BLIND400_RESOURCE = "/eval/contact-centre-eval-blind400.jsonl";
    static final String BLIND401_RESOURCE = "/eval/contact-centre-eval-blind401.jsonl";
    static final String BLIND372_RESOURCE = "/eval/contact-centre-eval-blind372.jsonl";
    /**
     * The blind sets, in the order they were written, each without reading the detectors or the
     * earlier sets: what {@code EvaluationTest} prints and {@code FindingsSnapshot} writes.
     */
    static final List<String> BLIND_SETS = List.of(BLIND_RESOURCE, BLIND2_RESOURCE, BLIND3_RESOURCE, BLIND4_RESOURCE,
            BLIND5_RESOURCE, BLIND6_RESOURCE, BLIND7_RESOURCE, BLIND8_RESOURCE, BLIND9_RESOURCE, BLIND10_RESOURCE,
            BLIND11_RESOURCE, BLIND12_RESOURCE, BLIND13_RESOURCE, BLIND14_RESOURCE, BLIND15_RESOURCE, BLIND16_RESOURCE,
            BLIND17_RESOURCE, BLIND18_RESOURCE, BLIND19_RESOURCE, BLIND20_RESOURCE, BLIND21_RESOURCE, BLIND22_RESOURCE,
            BLIND23_RESOURCE, BLIND24_RESOURCE, BLIND25_RESOURCE, BLIND26_RESOURCE, BLIND27_RESOURCE, BLIND28_RESOURCE,
            BLIND29_RESOURCE, BLIND30_RESOURCE, BLIND31_RESOURCE,
            BLIND32_RESOURCE, BLIND33_RESOURCE, BLIND34_RESOURCE, BLIND35_RESOURCE,
            BLIND36_RESOURCE, BLIND37_RESOURCE, BLIND38_RESOURCE, BLIND39_RESOURCE,
            BLIND40_RESOURCE, BLIND41_RESOURCE, BLIND42_RESOURCE,
            BLIND43_RESOURCE, BLIND44_RESOURCE, BLIND45_RESOURCE, BLIND46_RESOURCE,
            BLIND47_RESOURCE, BLIND48_RESOURCE, BLIND49_RESOURCE, BLIND50_RESOURCE, BLIND51_RESOURCE,
            BLIND52_RESOURCE, BLIND53_RESOURCE, BLIND54_RESOURCE, BLIND55_RESOURCE,
            BLIND56_RESOURCE, BLIND57_RESOURCE, BLIND58_RESOURCE, BLIND59_RESOURCE, BLIND60_RESOURCE, BLIND61_RESOURCE,
            BLIND62_RESOURCE, BLIND63_RESOURCE, BLIND64_RESOURCE, BLIND65_RESOURCE,
            BLIND66_RESOURCE, BLIND67_RESOURCE, BLIND68_RESOURCE, BLIND69_RESOURCE, BLIND70_RESOURCE, BLIND71_RESOURCE,
            BLIND72_RESOURCE, BLIND73_RESOURCE, BLIND74_RESOURCE, BLIND75_RESOURCE, BLIND76_RESOURCE, BLIND77_RESOURCE,
            BLIND78_RESOURCE, BLIND79_RESOURCE, BLIND80_RESOURCE, BLIND81_RESOURCE,
            BLIND82_RESOURCE, BLIND83_RESOURCE, BLIND84_RESOURCE, BLIND85_RESOURCE,
            BLIND86_RESOURCE, BLIND87_RESOURCE, BLIND88_RESOURCE, BLIND89_RESOURCE,
            BLIND90_RESOURCE, BLIND91_RESOURCE, BLIND92_RESOURCE, BLIND93_RESOURCE, BLIND94_RESOURCE, BLIND95_RESOURCE, BLIND96_RESOURCE, BLIND97_RESOURCE, BLIND98_RESOURCE, BLIND99_RESOURCE, BLIND100_RESOURCE, BLIND101_RESOURCE, BLIND102_RESOURCE, BLIND103_RESOURCE, BLIND104_RESOURCE, BLIND105_RESOURCE, BLIND106_RESOURCE, BLIND107_RESOURCE, BLIND108_RESOURCE, BLIND109_RESOURCE, BLIND110_RESOURCE, BLIND111_RESOURCE, BLIND112_RESOURCE, BLIND113_RESOURCE, BLIND114_RESOURCE, BLIND115_RESOURCE, BLIND116_RESOURCE, BLIND117_RESOURCE, BLIND118_RESOURCE, BLIND119_RESOURCE, BLIND120_RESOURCE, BLIND121_RESOURCE, BLIND122_RESOURCE, BLIND123_RESOURCE, BLIND124_RESOURCE, BLIND125_RESOURCE, BLIND126_RESOURCE, BLIND127_RESOURCE, BLIND128_RESOURCE, BLIND129_RESOURCE, BLIND130_RESOURCE, BLIND131_RESOURCE, BLIND132_RESOURCE, BLIND133_RESOURCE, BLIND134_RESOURCE, BLIND135_RESOURCE, BLIND136_RESOURCE, BLIND137_RESOURCE, BLIND138_RESOURCE, BLIND139_RESOURCE, BLIND140_RESOURCE, BLIND141_RESOURCE, BLIND142_RESOURCE, BLIND143_RESOURCE, BLIND144_RESOURCE, BLIND145_RESOURCE, BLIND146_RESOURCE, BLIND147_RESOURCE, BLIND148_RESOURCE, BLIND149_RESOURCE, BLIND150_RESOURCE, BLIND151_RESOURCE, BLIND152_RESOURCE, BLIND153_RESOURCE, BLIND154_RESOURCE, BLIND155_RESOURCE, BLIND156_RESOURCE, BLIND157_RESOURCE, BLIND158_RESOURCE, BLIND159_RESOURCE, BLIND160_RESOURCE, BLIND161_RESOURCE, BLIND162_RESOURCE, BLIND163_RESOURCE, BLIND164_RESOURCE, BLIND165_RESOURCE, BLIND166_RESOURCE, BLIND167_RESOURCE, BLIND168_RESOURCE, BLIND169_RESOURCE, BLIND170_RESOURCE, BLIND171_RESOURCE, BLIND172_RESOURCE, BLIND173_RESOURCE, BLIND174_RESOURCE, BLIND175_RESOURCE, BLIND176_RESOURCE, BLIND177_RESOURCE, BLIND178_RESOURCE, BLIND179_RESOURCE, BLIND180_RESOURCE, BLIND181_RESOURCE, BLIND182_RESOURCE, BLIND183_RESOURCE, BLIND184_RESOURCE, BLIND185_RESOURCE, BLIND186_RESOURCE, BLIND187_RESOURCE, BLIND188_RESOURCE, BLIND189_RESOURCE, BLIND190_RESOURCE, BLIND191_RESOURCE, BLIND192_RESOURCE, BLIND193_RESOURCE, BLIND194_RESOURCE, BLIND195_RESOURCE, BLIND196_RESOURCE, BLIND197_RESOURCE, BLIND198_RESOURCE, BLIND199_RESOURCE, BLIND200_RESOURCE, BLIND201_RESOURCE, BLIND202_RESOURCE, BLIND203_RESOURCE, BLIND204_RESOURCE, BLIND205_RESOURCE, BLIND206_RESOURCE, BLIND207_RESOURCE, BLIND208_RESOURCE, BLIND209_RESOURCE, BLIND210_RESOURCE, BLIND211_RESOURCE, BLIND212_RESOURCE, BLIND213_RESOURCE, BLIND214_RESOURCE, BLIND215_RESOURCE, BLIND216_RESOURCE, BLIND217_RESOURCE, BLIND218_RESOURCE, BLIND219_RESOURCE, BLIND220_RESOURCE, BLIND221_RESOURCE, BLIND222_RESOURCE, BLIND223_RESOURCE, BLIND224_RESOURCE, BLIND225_RESOURCE, BLIND226_RESOURCE, BLIND227_RESOURCE, BLIND228_RESOURCE, BLIND229_RESOURCE, BLIND230_RESOURCE, BLIND231_RESOURCE, BLIND232_RESOURCE, BLIND233_RESOURCE, BLIND234_RESOURCE, BLIND235_RESOURCE, BLIND236_RESOURCE, BLIND237_RESOURCE, BLIND238_RESOURCE, BLIND239_RESOURCE, BLIND240_RESOURCE, BLIND241_RESOURCE, BLIND242_RESOURCE, BLIND243_RESOURCE, BLIND244_RESOURCE, BLIND245_RESOURCE, BLIND246_RESOURCE, BLIND247_RESOURCE, BLIND248_RESOURCE, BLIND249_RESOURCE, BLIND250_RESOURCE, BLIND251_RESOURCE, BLIND252_RESOURCE, BLIND253_RESOURCE, BLIND254_RESOURCE, BLIND255_RESOURCE, BLIND256_RESOURCE, BLIND257_RESOURCE, BLIND258_RESOURCE, BLIND259_RESOURCE, BLIND260_RESOURCE, BLIND261_RESOURCE, BLIND262_RESOURCE, BLIND263_RESOURCE, BLIND264_RESOURCE, BLIND265_RESOURCE, BLIND266_RESOURCE, BLIND267_RESOURCE, BLIND268_RESOURCE,
            BLIND269_RESOURCE, BLIND270_RESOURCE, BLIND271_RESOURCE, BLIND272_RESOURCE, BLIND273_RESOURCE, BLIND274_RESOURCE, BLIND275_RESOURCE, BLIND276_RESOURCE, BLIND277_RESOURCE, BLIND278_RESOURCE, BLIND279_RESOURCE, BLIND280_RESOURCE,
            BLIND281_RESOURCE, BLIND282_RESOURCE, BLIND283_RESOURCE, BLIND284_RESOURCE, BLIND285_RESOURCE, BLIND286_RESOURCE, BLIND287_RESOURCE, BLIND288_RESOURCE, BLIND289_RESOURCE, BLIND290_RESOURCE, BLIND291_RESOURCE, BLIND292_RESOURCE,
            BLIND293_RESOURCE, BLIND294_RESOURCE, BLIND295_RESOURCE, BLIND296_RESOURCE,
            BLIND297_RESOURCE, BLIND298_RESOURCE, BLIND299_RESOURCE, BLIND300_RESOURCE, BLIND301_RESOURCE, BLIND302_RESOURCE, BLIND303_RESOURCE, BLIND304_RESOURCE,
            BLIND305_RESOURCE, BLIND306_RESOURCE, BLIND307_RESOURCE, BLIND308_RESOURCE,
            BLIND309_RESOURCE, BLIND310_RESOURCE, BLIND311_RESOURCE, BLIND312_RESOURCE,
            BLIND313_RESOURCE, BLIND314_RESOURCE, BLIND315_RESOURCE, BLIND316_RESOURCE,
            BLIND317_RESOURCE, BLIND318_RESOURCE, BLIND319_RESOURCE, BLIND320_RESOURCE,
            BLIND321_RESOURCE, BLIND322_RESOURCE, BLIND323_RESOURCE, BLIND324_RESOURCE,
            BLIND325_RESOURCE, BLIND326_RESOURCE, BLIND327_RESOURCE, BLIND328_RESOURCE,
            BLIND329_RESOURCE, BLIND330_RESOURCE, BLIND331_RESOURCE, BLIND332_RESOURCE,
            BLIND333_RESOURCE, BLIND334_RESOURCE, BLIND335_RESOURCE, BLIND336_RESOURCE,
            BLIND337_RESOURCE, BLIND338_RESOURCE, BLIND339_RESOURCE, BLIND340_RESOURCE,
            BLIND341_RESOURCE, BLIND342_RESOURCE, BLIND343_RESOURCE, BLIND344_RESOURCE,
            BLIND345_RESOURCE, BLIND346_RESOURCE, BLIND347_RESOURCE, BLIND348_RESOURCE,
            BLIND349_RESOURCE, BLIND350_RESOURCE, BLIND351_RESOURCE, BLIND352_RESOURCE,
            BLIND353_RESOURCE, BLIND354_RESOURCE, BLIND355_RESOURCE, BLIND356_RESOURCE,
            BLIND357_RESOURCE, BLIND358_RESOURCE, BLIND359_RESOURCE, BLIND360_RESOURCE,
            BLIND361_RESOURCE, BLIND362_RESOURCE, BLIND363_RESOURCE, BLIND364_RESOURCE,
            BLIND365_RESOURCE, BLIND366_RESOURCE, BLIND367_RESOURCE, BLIND368_RESOURCE,
            BLIND369_RESOURCE, BLIND370_RESOURCE, BLIND371_RESOURCE, BLIND373_RESOURCE,
            BLIND374_RESOURCE, BLIND372_RESOURCE, BLIND376_RESOURCE, BLIND375_RESOURCE,
            BLIND377_RESOURCE, BLIND378_RESOURCE, BLIND379_RESOURCE, BLIND381_RESOURCE,
            BLIND382_RESOURCE, BLIND380_RESOURCE, BLIND385_RESOURCE, BLIND386_RESOURCE,
            BLIND384_RESOURCE, BLIND383_RESOURCE, BLIND387_RESOURCE, BLIND388_RESOURCE,
            BLIND389_RESOURCE, BLIND390_RESOURCE, BLIND393_RESOURCE, BLIND394_RESOURCE,
            BLIND392_RESOURCE, BLIND391_RESOURCE, BLIND396_RESOURCE, BLIND395_RESOURCE,
            BLIND397_RESOURCE, BLIND398_RESOURCE, BLIND399_RESOURCE, BLIND402_RESOURCE, BLIND401_RESOURCE, BLIND400_RESOURCE, BLIND404_RESOURCE, BLIND403_RESOURCE, BLIND406_RESOURCE, BLIND405_RESOURCE, BLIND408_RESOURCE, BLIND407_RESOURCE, BLIND409_RESOURCE, BLIND410_RESOURCE, BLIND411_RESOURCE, BLIND412_RESOURCE, BLIND414_RESOURCE, BLIND415_RESOURCE, BLIND413_RESOURCE, BLIND416_RESOURCE, BLIND420_RESOURCE, BLIND417_RESOURCE, BLIND418_RESOURCE, BLIND419_RESOURCE, BLIND421_RESOURCE, BLIND422_RESOURCE, BLIND423_RESOURCE, BLIND424_RESOURCE, BLIND425_RESOURCE, BLIND427_RESOURCE, BLIND428_RESOURCE, BLIND426_RESOURCE, BLIND431_RESOURCE, BLIND429_RESOURCE, BLIND430_RESOURCE, BLIND432_RESOURCE, BLIND434_RESOURCE, BLIND435_RESOURCE, BLIND436_RESOURCE, BLIND433_RESOURCE);

    private static final ObjectMapper JSON = new ObjectMapper();

    private Evaluation() {
    }

    record Entity(String type, int start, int end) {

        boolean overlaps(Entity other) {
            return type.equals(other.type) && start < other.end && other.start < end;
        }
    }

    record Example(String id, String text, List<Entity> entities) {
    }

    /**
     * Counts for one type. Precision is over what the classifier reported, recall over the labels;
     * under overlap matching the two matched counts can differ (one finding may cover two labels).
     */
    record Scores(String type, int labelled, int reported, int matchedReports, int matchedLabels) {

        double precision() {
            return reported == 0 ? (labelled == 0 ? 1.0 : 0.0) : (double) matchedReports / reported;
        }

        double recall() {
            return labelled == 0 ? 1.0 : (double) matchedLabels / labelled;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        }
    }

    /** A label the classifier missed or a finding nobody labelled: where, never what. */
    record Miss(String id, String type, int start, int end, boolean falsePositive) {

        @Override
        public String toString() {
            return (falsePositive ? "FP " : "FN ") + type + " " + id + " [" + start + "," + end + ")";
        }
    }

    record Report(int lines, int linesScored, Map<String, Scores> exact, Map<String, Scores> overlap,
                  List<Miss> exactMisses) {

        String table() {
            StringBuilder out = new StringBuilder();
            out.append(String.format(Locale.ROOT, "Evaluation over %d lines (%d scored)%n", lines, linesScored));
            out.append(String.format(Locale.ROOT, "%-16s %6s %6s | %-20s | %-20s%n",
                "type", "labels", "found", "exact  P     R     F1", "overlap P     R     F1"));
            for (String type : exact.keySet()) {
                Scores e = exact.get(type);
                Scores o = overlap.get(type);
                out.append(String.format(Locale.ROOT, "%-16s %6d %6d | %5.3f %5.3f %5.3f      | %5.3f %5.3f %5.3f%n",
                    type, e.labelled(), e.reported(), e.precision(), e.recall(), e.f1(),
                    o.precision(), o.recall(), o.f1()));
            }
            return out.toString();
        }
    }

    static List<Example> load() {
        return load(RESOURCE);
    }

    static List<Example> load(String resource) {
        List<Example> examples = new ArrayList<>();
        try (InputStream in = Evaluation.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    examples.add(parse(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return examples;
    }

    private static Example parse(String line) throws IOException {
        JsonNode node = JSON.readTree(line);
        String text = node.get("text").asText();
        List<Entity> entities = new ArrayList<>();
        for (JsonNode entity : node.get("entities")) {
            Entity parsed = new Entity(entity.get("type").asText(), entity.get("start").asInt(), entity.get("end").asInt());
            if (parsed.start() < 0 || parsed.end() <= parsed.start() || parsed.end() > text.length()) {
                throw new IllegalArgumentException("Bad span in evaluation line " + node.get("id").asText());
            }
            entities.add(parsed);
        }
        return new Example(node.get("id").asText(), text, List.copyOf(entities));
    }

    static Report evaluate(Function<String, List<Detection>> classifier, List<Example> examples) {
        Map<String, int[]> exact = new TreeMap<>();
        Map<String, int[]> overlap = new TreeMap<>();
        List<Miss> misses = new ArrayList<>();
        int scored = 0;
        for (Example example : examples) {
            List<Entity> found = classifier.apply(example.text()).stream()
                .map(d -> new Entity(d.type(), d.start(), d.end()))
                .toList();
            for (Entity label : example.entities()) {
                counts(exact, label.type())[0]++;
                counts(overlap, label.type())[0]++;
                if (found.contains(label)) {
                    counts(exact, label.type())[3]++;
                } else {
                    misses.add(new Miss(example.id(), label.type(), label.start(), label.end(), false));
                }
                if (found.stream().anyMatch(label::overlaps)) {
                    counts(overlap, label.type())[3]++;
                }
            }
            for (Entity finding : found) {
                counts(exact, finding.type())[1]++;
                counts(overlap, finding.type())[1]++;
                if (example.entities().contains(finding)) {
                    counts(exact, finding.type())[2]++;
                } else {
                    misses.add(new Miss(example.id(), finding.type(), finding.start(), finding.end(), true));
                }
                if (example.entities().stream().anyMatch(finding::overlaps)) {
                    counts(overlap, finding.type())[2]++;
                }
            }
            scored++;
        }
        return new Report(examples.size(), scored, scores(exact), scores(overlap), List.copyOf(misses));
    }

    private static int[] counts(Map<String, int[]> byType, String type) {
        return byType.computeIfAbsent(type, t -> new int[4]);
    }

    private static Map<String, Scores> scores(Map<String, int[]> byType) {
        Map<String, Scores> scores = new TreeMap<>();
        byType.forEach((type, c) -> scores.put(type, new Scores(type, c[0], c[1], c[2], c[3])));
        return scores;
    }
}
