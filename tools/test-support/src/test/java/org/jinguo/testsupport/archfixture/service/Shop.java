package org.jinguo.testsupport.archfixture.service;

public class Shop {
}
